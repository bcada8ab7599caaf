package org.pulseport.devices.dexcom;

import java.time.Duration;
import java.util.List;
import org.pulseport.devices.download.DeviceException;
import org.pulseport.devices.download.ProtocolException;
import org.pulseport.devices.download.RetryingExchange;
import org.pulseport.devices.transport.Transport;
import org.pulseport.devices.transport.TransportException;
import org.pulseport.devices.transport.TransportIo;

/**
 * Binds {@link DexcomProtocol} to a {@link Transport}: one request, one reply, retried through
 * {@link RetryingExchange} when a reply is damaged or missing; every failure is a classified
 * {@link DeviceException}.
 */
public final class DexcomReceiver {

    private static final int ATTEMPTS = 3;

    private final Transport transport;
    private final Duration replyTimeout;
    private final RetryingExchange exchange;

    public DexcomReceiver(Transport transport, Duration replyTimeout) {
        this.transport = transport;
        this.replyTimeout = replyTimeout;
        this.exchange = new RetryingExchange(transport, ATTEMPTS);
    }

    /** Requests sent so far, retries included. */
    public long requestCount() {
        return exchange.requestCount();
    }

    public void ping() throws DeviceException {
        exchange(DexcomProtocol.request(DexcomCommand.PING), "PING");
    }

    public FirmwareHeader firmwareHeader() throws DeviceException {
        byte[] payload = exchange(DexcomProtocol.request(DexcomCommand.READ_FIRMWARE_HEADER), "READ_FIRMWARE_HEADER");
        return decode(() -> FirmwareHeader.parse(payload));
    }

    public PartitionInfo partitionInfo() throws DeviceException {
        byte[] payload = exchange(DexcomProtocol.request(DexcomCommand.READ_DATABASE_PARTITION_INFO),
                "READ_DATABASE_PARTITION_INFO");
        return decode(() -> PartitionInfo.parse(payload));
    }

    public PageRange pageRange(RecordType type) throws DeviceException {
        byte[] payload = exchange(DexcomProtocol.readPageRange(type), "READ_DATABASE_PAGE_RANGE " + type);
        return decode(() -> PageRange.parse(payload));
    }

    public List<DatabasePage> readPages(RecordType type, long firstPage, int count) throws DeviceException {
        byte[] payload = exchange(DexcomProtocol.readPages(type, firstPage, count),
                "READ_DATABASE_PAGES " + type + " " + firstPage + "+" + count);
        return decode(() -> DatabasePage.parseAll(payload, type, firstPage, count));
    }

    /** The serial number from the manufacturing record. */
    public ManufacturingData manufacturingData() throws DeviceException {
        PageRange range = pageRange(RecordType.MANUFACTURING_DATA);
        if (range.isEmpty()) {
            throw DeviceException.of(transport.description(), ProtocolException.corrupt("no manufacturing record"));
        }
        DatabasePage page = readPages(RecordType.MANUFACTURING_DATA, range.last(), 1).get(0);
        return decode(() -> ManufacturingData.decode(page.record(0, ManufacturingData.RECORD_LENGTH)));
    }

    public long systemTimeSeconds() throws DeviceException {
        byte[] payload = exchange(DexcomProtocol.request(DexcomCommand.READ_SYSTEM_TIME), "READ_SYSTEM_TIME");
        return decode(() -> DexcomProtocol.u32(payload));
    }

    public int displayTimeOffsetSeconds() throws DeviceException {
        byte[] payload = exchange(DexcomProtocol.request(DexcomCommand.READ_DISPLAY_TIME_OFFSET),
                "READ_DISPLAY_TIME_OFFSET");
        return decode(() -> DexcomProtocol.i32(payload));
    }

    private byte[] exchange(byte[] request, String name) throws DeviceException {
        return exchange.run(name, () -> {
            transport.write(request);
            return DexcomProtocol.expectAck(readFrame(), name);
        });
    }

    private DexcomFrame readFrame() throws TransportException, ProtocolException {
        byte[] header = new byte[DexcomFrameCodec.HEADER_LENGTH];
        TransportIo.readFully(transport, header, 0, header.length, replyTimeout);
        int length = DexcomFrameCodec.frameLength(header);
        byte[] frame = new byte[length];
        System.arraycopy(header, 0, frame, 0, header.length);
        TransportIo.readFully(transport, frame, header.length, length - header.length, replyTimeout);
        return DexcomFrameCodec.decode(frame);
    }

    private <T> T decode(RetryingExchange.Decoder<T> decoder) throws DeviceException {
        return exchange.decode(decoder);
    }
}
