package org.pulseport.devices.fit;

import java.util.List;

/**
 * A decoded definition message bound to its profile: for each field on the wire, its size, wire base type and
 * profile entry, so data messages of this local type decode without further look-ups.
 */
record FitDefinition(
        MessageProfile message,
        boolean bigEndian,
        List<FieldLayout> fields,
        List<DeveloperFieldLayout> developerFields,
        int dataSize) {

    /** One field as the definition lays it out. */
    record FieldLayout(FieldProfile profile, int size, FitBaseType wireType) {
    }

    /** One developer field as the definition lays it out. */
    record DeveloperFieldLayout(int fieldNumber, int size, int developerDataIndex) {
    }
}
