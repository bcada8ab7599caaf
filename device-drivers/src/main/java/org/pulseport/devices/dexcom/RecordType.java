package org.pulseport.devices.dexcom;

import java.util.Arrays;
import java.util.Optional;

/** The receiver's database partitions, by their record type id. */
public enum RecordType {
    MANUFACTURING_DATA(0),
    FIRMWARE_PARAMETER_DATA(1),
    PC_SOFTWARE_PARAMETER(2),
    SENSOR_DATA(3),
    EGV_DATA(4),
    CAL_SET(5),
    DEVIATION(6),
    INSERTION_TIME(7),
    RECEIVER_LOG_DATA(8),
    RECEIVER_ERROR_DATA(9),
    METER_DATA(10),
    USER_EVENT_DATA(11),
    USER_SETTING_DATA(12);

    private final int id;

    RecordType(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }

    public static Optional<RecordType> fromId(int id) {
        return Arrays.stream(values()).filter(t -> t.id == id).findFirst();
    }
}
