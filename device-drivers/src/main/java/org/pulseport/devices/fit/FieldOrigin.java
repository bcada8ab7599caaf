package org.pulseport.devices.fit;

/** Where a decoded field came from. */
public enum FieldOrigin {
    /** Listed in the message's definition and read from the data message. */
    DEFINED,
    /** Unpacked from another field's components (e.g. speed from compressed_speed_distance). */
    COMPONENT,
    /** The timestamp a compressed-timestamp record header implies. */
    TIMESTAMP_HEADER,
    /** A developer field described by a field_description message. */
    DEVELOPER
}
