package org.pulseport.devices.fit;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a stream of one or more concatenated FIT files and emits {@link FitEvent}s one at a time in constant
 * memory. Problems never escape as exceptions: the reader emits one {@link FitError} (with the byte offset)
 * as its last event and stops.
 */
public final class FitReader implements Iterator<FitEvent>, Closeable {

    private static final int LOCAL_TYPES = 16;
    private static final int TIMESTAMP_FIELD = 253;
    private static final int FIELD_DESCRIPTION = 206;

    private enum State { BEFORE_FILE, IN_DATA, DONE }

    private final InputStream source;
    private final FitInput input;
    private final FitDecodeOptions options;
    private final FitDefinition[] definitions = new FitDefinition[LOCAL_TYPES];
    private final Accumulators accumulators = new Accumulators();
    private final ComponentExpander expander = new ComponentExpander(accumulators);
    private final DeveloperFieldCatalog developerFields = new DeveloperFieldCatalog();
    private final ArrayDeque<FitEvent> pending = new ArrayDeque<>();
    private final FieldProfile headerTimestamp;
    private byte[] record = new byte[256];
    private State state = State.BEFORE_FILE;
    private long dataEnd;
    private boolean readToEnd;
    private int files;
    private long lastTimestamp;

    public FitReader(InputStream source, FitDecodeOptions options) {
        this.source = source;
        this.input = new FitInput(source);
        this.options = options;
        this.headerTimestamp = options.profile().message(0).field(TIMESTAMP_FIELD).orElseThrow();
    }

    /** The events as a lazy sequential stream; closing the stream closes the input. */
    public Stream<FitEvent> events() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::closeQuietly);
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && state != State.DONE) {
            advance();
        }
        return !pending.isEmpty();
    }

    @Override
    public FitEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more FIT events");
        }
        return pending.poll();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException ignored) {
            state = State.DONE;
        }
    }

    private void advance() {
        try {
            if (state == State.BEFORE_FILE) {
                startFile();
            } else if (readToEnd ? input.atEnd() : input.offset() >= dataEnd) {
                endFile();
            } else {
                readRecord();
            }
        } catch (IOException e) {
            fail(new FitError.ReadFailure(input.offset(), "reading the input failed: " + e.getMessage()));
        } catch (RuntimeException e) {
            fail(new FitError.MalformedData(input.offset(), "cannot decode the record: " + e));
        }
    }

    private void fail(FitError error) {
        pending.add(error);
        state = State.DONE;
    }

    private void startFile() throws IOException {
        long start = input.offset();
        if (input.atEnd()) {
            if (files == 0) {
                fail(new FitError.UnexpectedEof(start, "the input is empty"));
            } else {
                state = State.DONE;
            }
            return;
        }
        input.crc().reset();
        int headerSize = input.read();
        if (headerSize < 12) {
            fail(new FitError.HeaderError(start, "header size " + headerSize + " is too small for a FIT header (12 or 14)"));
            return;
        }
        byte[] header = new byte[headerSize];
        header[0] = (byte) headerSize;
        if (input.read(header, 1, headerSize - 1) < headerSize - 1) {
            fail(new FitError.UnexpectedEof(input.offset(), "the input ends inside a " + headerSize + "-byte FIT header"));
            return;
        }
        if (header[8] != '.' || header[9] != 'F' || header[10] != 'I' || header[11] != 'T') {
            fail(new FitError.HeaderError(start, "no .FIT signature in the file header"));
            return;
        }
        int headerCrc = headerSize >= 14 ? (header[12] & 0xFF) | (header[13] & 0xFF) << 8 : -1;
        if (options.checkCrc() && headerCrc > 0 && headerCrc != FitCrc.of(header, 0, 12)) {
            fail(new FitError.CrcError(start + 12, String.format("header CRC 0x%04X does not match the computed 0x%04X",
                    headerCrc, FitCrc.of(header, 0, 12))));
            return;
        }
        long dataSize = (header[4] & 0xFFL) | (header[5] & 0xFFL) << 8 | (header[6] & 0xFFL) << 16 | (header[7] & 0xFFL) << 24;
        int profileVersion = (header[2] & 0xFF) | (header[3] & 0xFF) << 8;
        if (dataSize == 0 && options.checkCrc()) {
            fail(new FitError.HeaderError(start, "the header announces no data (unterminated file); "
                    + "decode with CRC checking off to read it"));
            return;
        }
        beginFile(dataSize);
        pending.add(new FitFileHeader(start, headerSize, header[1] & 0xFF, profileVersion, dataSize, headerCrc));
        if (readToEnd) {
            pending.add(new FitWarning(start, "the header announces no data (unterminated file); reading to the end"));
        }
    }

    private void beginFile(long dataSize) {
        Arrays.fill(definitions, null);
        accumulators.clear();
        developerFields.clear();
        lastTimestamp = 0;
        files++;
        dataEnd = input.offset() + dataSize;
        readToEnd = dataSize == 0;
        state = State.IN_DATA;
    }

    private void endFile() throws IOException {
        state = State.BEFORE_FILE;
        if (readToEnd) {
            state = State.DONE;
            return;
        }
        long at = input.offset();
        if (at > dataEnd) {
            fail(new FitError.MalformedData(dataEnd, "a record runs past the end of data the header announces"));
            return;
        }
        int computed = input.crc().value();
        int low = input.read();
        int high = input.read();
        if (high < 0) {
            if (options.checkCrc()) {
                fail(new FitError.UnexpectedEof(at, "the input ends before the file CRC"));
            } else {
                pending.add(new FitWarning(at, "the file CRC is missing (unterminated file)"));
                state = State.DONE;
            }
            return;
        }
        int stored = low | high << 8;
        if (stored != computed) {
            String detail = String.format("file CRC 0x%04X does not match the computed 0x%04X", stored, computed);
            if (options.checkCrc()) {
                fail(new FitError.CrcError(at, detail));
                return;
            }
            pending.add(new FitWarning(at, detail + " (not checked)"));
        }
        pending.add(new FitFileEnd(at, stored, computed, options.checkCrc()));
    }

    private void readRecord() throws IOException {
        long at = input.offset();
        int header = input.read();
        if (header < 0) {
            truncated(at, "a record header");
            return;
        }
        if ((header & 0x80) != 0) {
            FitDefinition definition = definitions[(header >> 5) & 0x03];
            if (definition == null) {
                undefined(at, (header >> 5) & 0x03);
                return;
            }
            int offset = header & 0x1F;
            long base = lastTimestamp & ~0x1FL;
            long timestamp = offset >= (lastTimestamp & 0x1F) ? base + offset : base + offset + 0x20;
            lastTimestamp = timestamp;
            readData(definition, at, timestamp);
        } else if ((header & 0x40) != 0) {
            readDefinition(header, at);
        } else {
            FitDefinition definition = definitions[header & 0x0F];
            if (definition == null) {
                undefined(at, header & 0x0F);
                return;
            }
            readData(definition, at, -1);
        }
    }

    private void undefined(long at, int localType) {
        fail(new FitError.MalformedData(at, "data record for local message type " + localType + " before its definition"));
    }

    /** With CRC checking off, a file cut off inside a record is taken as unterminated: warn and stop there. */
    private void truncated(long at, String what) {
        if (!options.checkCrc()) {
            pending.add(new FitWarning(at, "the input ends inside " + what + " (unterminated file); the record is dropped"));
            state = State.DONE;
        } else {
            fail(new FitError.UnexpectedEof(at, "the input ends inside " + what + " (record at byte " + at + ")"));
        }
    }

    private void readDefinition(int header, long at) throws IOException {
        byte[] fixed = new byte[5];
        if (input.read(fixed, 0, 5) < 5) {
            truncated(at, "a definition message");
            return;
        }
        int architecture = fixed[1] & 0xFF;
        if (architecture > 1) {
            fail(new FitError.MalformedData(at, "definition message with unknown architecture " + architecture));
            return;
        }
        boolean bigEndian = architecture == 1;
        int global = bigEndian ? (fixed[2] & 0xFF) << 8 | (fixed[3] & 0xFF) : (fixed[2] & 0xFF) | (fixed[3] & 0xFF) << 8;
        int fieldCount = fixed[4] & 0xFF;
        byte[] fieldBytes = new byte[3 * fieldCount];
        if (input.read(fieldBytes, 0, fieldBytes.length) < fieldBytes.length) {
            truncated(at, "a definition message");
            return;
        }
        MessageProfile message = options.profile().message(global);
        List<FitDefinition.FieldLayout> fields = new ArrayList<>(fieldCount);
        int dataSize = 0;
        for (int i = 0; i < fieldCount; i++) {
            int number = fieldBytes[3 * i] & 0xFF;
            int size = fieldBytes[3 * i + 1] & 0xFF;
            FitBaseType wireType = FitBaseType.fromId(fieldBytes[3 * i + 2] & 0xFF);
            fields.add(new FitDefinition.FieldLayout(message.field(number).orElse(FieldProfile.unknown(number, wireType)),
                    size, wireType));
            dataSize += size;
        }
        List<FitDefinition.DeveloperFieldLayout> developer = new ArrayList<>();
        if ((header & 0x20) != 0) {
            int developerCount = input.read();
            byte[] developerBytes = new byte[3 * Math.max(developerCount, 0)];
            if (developerCount < 0 || input.read(developerBytes, 0, developerBytes.length) < developerBytes.length) {
                truncated(at, "a definition message");
                return;
            }
            for (int i = 0; i < developerCount; i++) {
                int size = developerBytes[3 * i + 1] & 0xFF;
                developer.add(new FitDefinition.DeveloperFieldLayout(developerBytes[3 * i] & 0xFF, size,
                        developerBytes[3 * i + 2] & 0xFF));
                dataSize += size;
            }
        }
        definitions[header & 0x0F] = new FitDefinition(message, bigEndian, fields, developer, dataSize);
    }

    private void readData(FitDefinition definition, long at, long headerTime) throws IOException {
        int size = definition.dataSize();
        if (record.length < size) {
            record = new byte[Math.max(size, record.length * 2)];
        }
        if (input.read(record, 0, size) < size) {
            truncated(at, "a " + definition.message().name() + " message");
            return;
        }
        MessageProfile message = definition.message();
        List<FitField> fields = new ArrayList<>(definition.fields().size() + 2);
        int position = 0;
        boolean components = false;
        for (FitDefinition.FieldLayout layout : definition.fields()) {
            FieldProfile profile = layout.profile();
            FitField field = new FitField(profile.number(), profile.name(), layout.wireType(),
                    FieldDecoding.decode(record, position, layout.size(), layout.wireType(), definition.bigEndian()),
                    profile.scale(), profile.offset(), profile.units(), FieldOrigin.DEFINED);
            fields.add(field);
            position += layout.size();
            components |= profile.hasComponents();
            if (profile.accumulated() && field.rawValue().isPresent()) {
                accumulators.set(message.number(), profile.number(), field.rawValue().getAsLong());
            }
            if (profile.number() == TIMESTAMP_FIELD && field.rawValue().isPresent()) {
                lastTimestamp = field.rawValue().getAsLong();
            }
        }
        List<DeveloperField> developer = new ArrayList<>(definition.developerFields().size());
        for (FitDefinition.DeveloperFieldLayout layout : definition.developerFields()) {
            developer.add(developerFields.decode(layout, record, position, definition.bigEndian()));
            position += layout.size();
        }
        if (components) {
            expander.expand(message, fields);
        }
        if (headerTime >= 0) {
            fields.add(new FitField(TIMESTAMP_FIELD, headerTimestamp.name(), FitBaseType.UINT32,
                    new FieldValue.Integers(new long[] {headerTime}), 1, 0, headerTimestamp.units(), FieldOrigin.TIMESTAMP_HEADER));
        }
        FitMessage decoded = new FitMessage(message.number(), message.name(), at, fields, developer);
        if (message.number() == FIELD_DESCRIPTION) {
            developerFields.register(decoded);
        }
        pending.add(decoded);
    }
}
