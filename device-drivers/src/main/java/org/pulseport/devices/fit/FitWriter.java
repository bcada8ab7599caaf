package org.pulseport.devices.fit;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes one FIT file: a 14-byte header with its CRC, definition and data records, and the file CRC. Local
 * message types are assigned automatically (a new definition is written whenever a message's layout has not
 * got a live local type). Writes little- or big-endian records.
 */
public final class FitWriter {

    private static final int PROTOCOL_VERSION = 0x20;
    private static final int PROFILE_VERSION = 2132;
    private static final int LOCAL_TYPES = 16;

    private final boolean bigEndian;
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private final List<String> localLayouts = new ArrayList<>();
    private int nextLocalToReplace;

    public FitWriter(boolean bigEndian) {
        this.bigEndian = bigEndian;
    }

    /** A little-endian writer, the byte order devices use. */
    public static FitWriter littleEndian() {
        return new FitWriter(false);
    }

    public FitWriter write(FitMessageBuilder message) {
        List<FitMessageBuilder.EncodedField> fields = message.fields();
        String layout = layoutKey(message.message().number(), fields);
        int local = localLayouts.indexOf(layout);
        if (local < 0) {
            local = assignLocal(layout);
            writeDefinition(local, message.message().number(), fields);
        }
        data.write(local);
        for (FitMessageBuilder.EncodedField field : fields) {
            writeValue(field);
        }
        return this;
    }

    /** Appends a record that is already encoded (header byte included), e.g. a compressed-timestamp record. */
    public FitWriter writeRecord(byte[] record) {
        Objects.requireNonNull(record, "record");
        data.writeBytes(record);
        return this;
    }

    /** The complete file: header, records and file CRC. */
    public byte[] toBytes() {
        byte[] records = data.toByteArray();
        byte[] file = new byte[14 + records.length + 2];
        file[0] = 14;
        file[1] = PROTOCOL_VERSION;
        file[2] = (byte) PROFILE_VERSION;
        file[3] = (byte) (PROFILE_VERSION >> 8);
        for (int i = 0; i < 4; i++) {
            file[4 + i] = (byte) (records.length >>> (8 * i));
        }
        file[8] = '.';
        file[9] = 'F';
        file[10] = 'I';
        file[11] = 'T';
        int headerCrc = FitCrc.of(file, 0, 12);
        file[12] = (byte) headerCrc;
        file[13] = (byte) (headerCrc >> 8);
        System.arraycopy(records, 0, file, 14, records.length);
        int fileCrc = FitCrc.of(file, 0, 14 + records.length);
        file[file.length - 2] = (byte) fileCrc;
        file[file.length - 1] = (byte) (fileCrc >> 8);
        return file;
    }

    private int assignLocal(String layout) {
        if (localLayouts.size() < LOCAL_TYPES) {
            localLayouts.add(layout);
            return localLayouts.size() - 1;
        }
        int local = nextLocalToReplace;
        nextLocalToReplace = (nextLocalToReplace + 1) % LOCAL_TYPES;
        localLayouts.set(local, layout);
        return local;
    }

    private void writeDefinition(int local, int globalNumber, List<FitMessageBuilder.EncodedField> fields) {
        data.write(0x40 | local);
        data.write(0);
        data.write(bigEndian ? 1 : 0);
        writeUint16(globalNumber);
        data.write(fields.size());
        for (FitMessageBuilder.EncodedField field : fields) {
            data.write(field.profile().number());
            data.write(field.littleEndian().length);
            data.write(field.profile().type().id());
        }
    }

    private void writeValue(FitMessageBuilder.EncodedField field) {
        byte[] bytes = field.littleEndian();
        int size = field.profile().type().size();
        if (!bigEndian || size == 1) {
            data.writeBytes(bytes);
            return;
        }
        for (int start = 0; start < bytes.length; start += size) {
            for (int i = size - 1; i >= 0; i--) {
                data.write(bytes[start + i]);
            }
        }
    }

    private void writeUint16(int value) {
        if (bigEndian) {
            data.write(value >> 8);
            data.write(value);
        } else {
            data.write(value);
            data.write(value >> 8);
        }
    }

    private static String layoutKey(int globalNumber, List<FitMessageBuilder.EncodedField> fields) {
        StringBuilder key = new StringBuilder().append(globalNumber);
        for (FitMessageBuilder.EncodedField field : fields) {
            key.append(':').append(field.profile().number()).append('/').append(field.littleEndian().length);
        }
        return key.toString();
    }
}
