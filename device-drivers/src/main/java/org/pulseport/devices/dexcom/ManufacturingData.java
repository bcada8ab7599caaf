package org.pulseport.devices.dexcom;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.pulseport.devices.download.ProtocolException;

/**
 * The receiver's manufacturing record (the single record of the MANUFACTURING_DATA partition): system and
 * display seconds, then 490 bytes of NUL-padded XML {@code <ManufacturingParameters SerialNumber=... />}.
 */
public record ManufacturingData(String serialNumber, String hardwarePartNumber) {

    public static final int RECORD_LENGTH = DatabasePage.DATA_LENGTH;
    private static final int XML_OFFSET = 8;
    private static final String ELEMENT = "ManufacturingParameters";

    /** Parses a record whose CRC was already verified. */
    public static ManufacturingData decode(byte[] record) throws ProtocolException {
        byte[] xml = Arrays.copyOfRange(record, XML_OFFSET, record.length - 2);
        Map<String, String> attributes = XmlAttributes.first(XmlAttributes.text(xml), ELEMENT);
        return new ManufacturingData(XmlAttributes.required(attributes, "SerialNumber", ELEMENT),
                attributes.getOrDefault("HardwarePartNumber", ""));
    }

    /** The record with CRC, as the simulator stores it. */
    public byte[] encode(long systemSeconds) {
        byte[] body = new byte[RECORD_LENGTH - 2];
        LittleEndian.putU32(body, 0, systemSeconds);
        LittleEndian.putU32(body, 4, systemSeconds);
        byte[] xml = ("<ManufacturingParameters SerialNumber='" + XmlAttributes.escape(serialNumber)
                + "' HardwarePartNumber='" + XmlAttributes.escape(hardwarePartNumber) + "' />")
                .getBytes(StandardCharsets.UTF_8);
        System.arraycopy(xml, 0, body, XML_OFFSET, Math.min(xml.length, body.length - XML_OFFSET));
        return DatabasePage.withCrc(body);
    }
}
