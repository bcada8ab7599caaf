package org.pulseport.devices.fit;

/**
 * The FIT base types: how many bytes one value takes on the wire and which raw value means "invalid"
 * (no data). Identified on the wire by the low five bits of the base type byte.
 */
public enum FitBaseType {
    ENUM(0x00, 1, 0xFFL, false),
    SINT8(0x01, 1, 0x7FL, true),
    UINT8(0x02, 1, 0xFFL, false),
    SINT16(0x83, 2, 0x7FFFL, true),
    UINT16(0x84, 2, 0xFFFFL, false),
    SINT32(0x85, 4, 0x7FFFFFFFL, true),
    UINT32(0x86, 4, 0xFFFFFFFFL, false),
    STRING(0x07, 1, 0x00L, false),
    FLOAT32(0x88, 4, 0xFFFFFFFFL, true),
    FLOAT64(0x89, 8, -1L, true),
    UINT8Z(0x0A, 1, 0x00L, false),
    UINT16Z(0x8B, 2, 0x00L, false),
    UINT32Z(0x8C, 4, 0x00L, false),
    BYTE(0x0D, 1, 0xFFL, false),
    SINT64(0x8E, 8, 0x7FFFFFFFFFFFFFFFL, true),
    UINT64(0x8F, 8, -1L, false),
    UINT64Z(0x90, 8, 0x00L, false);

    private static final FitBaseType[] BY_NUMBER = new FitBaseType[32];

    static {
        for (FitBaseType type : values()) {
            BY_NUMBER[type.id & 0x1F] = type;
        }
    }

    private final int id;
    private final int size;
    private final long invalid;
    private final boolean signed;

    FitBaseType(int id, int size, long invalid, boolean signed) {
        this.id = id;
        this.size = size;
        this.invalid = invalid;
        this.signed = signed;
    }

    /** The base type byte written in definition messages. */
    public int id() {
        return id;
    }

    /** Bytes per value. */
    public int size() {
        return size;
    }

    public boolean isSigned() {
        return signed;
    }

    public boolean isFloatingPoint() {
        return this == FLOAT32 || this == FLOAT64;
    }

    /** The base type for a wire base-type byte, or {@link #BYTE} when the number is unknown. */
    public static FitBaseType fromId(int wireId) {
        FitBaseType type = BY_NUMBER[wireId & 0x1F];
        return type == null ? BYTE : type;
    }

    /** Whether a raw integer value (as decoded: zero-extended, or sign-extended for signed types) is invalid. */
    public boolean isInvalid(long raw) {
        return raw == invalid;
    }
}
