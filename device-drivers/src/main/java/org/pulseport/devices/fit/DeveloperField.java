package org.pulseport.devices.fit;

import java.util.Objects;

/**
 * A developer field of a data message: the field itself (named and scaled by its field_description when
 * one was seen, kept as raw bytes otherwise) and the developer data index it belongs to.
 */
public record DeveloperField(int developerDataIndex, FitField field) {

    public DeveloperField {
        Objects.requireNonNull(field, "field");
    }
}
