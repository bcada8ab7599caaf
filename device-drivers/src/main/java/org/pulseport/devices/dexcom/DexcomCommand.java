package org.pulseport.devices.dexcom;

import java.util.Arrays;
import java.util.Optional;

/** Command and reply codes of the Dexcom G4/G5/G6 receiver serial protocol (the ones Pulseport uses). */
public enum DexcomCommand {
    NULL(0),
    ACK(1),
    NAK(2),
    INVALID_COMMAND(3),
    INVALID_PARAM(4),
    INCOMPLETE_PACKET_RECEIVED(5),
    RECEIVER_ERROR(6),
    INVALID_MODE(7),
    PING(10),
    READ_FIRMWARE_HEADER(11),
    READ_DATABASE_PARTITION_INFO(15),
    READ_DATABASE_PAGE_RANGE(16),
    READ_DATABASE_PAGES(17),
    READ_DATABASE_PAGE_HEADER(18),
    READ_TRANSMITTER_ID(25),
    READ_DISPLAY_TIME_OFFSET(29),
    READ_RTC(31),
    READ_SYSTEM_TIME(34),
    READ_SYSTEM_TIME_OFFSET(35),
    READ_GLUCOSE_UNIT(37);

    private final int code;

    DexcomCommand(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<DexcomCommand> fromCode(int code) {
        return Arrays.stream(values()).filter(c -> c.code == code).findFirst();
    }
}
