package org.pulseport.devices.dexcom;

import java.util.Map;
import org.pulseport.devices.download.ProtocolException;

/** The receiver's {@code <FirmwareHeader>}: product and firmware identification. */
public record FirmwareHeader(String productId, String productName, String softwareNumber, String firmwareVersion) {

    static final String ELEMENT = "FirmwareHeader";

    public static FirmwareHeader parse(byte[] payload) throws ProtocolException {
        Map<String, String> attributes = XmlAttributes.first(XmlAttributes.text(payload), ELEMENT);
        return new FirmwareHeader(
                XmlAttributes.required(attributes, "ProductId", ELEMENT),
                attributes.getOrDefault("ProductName", ""),
                attributes.getOrDefault("SoftwareNumber", ""),
                XmlAttributes.required(attributes, "FirmwareVersion", ELEMENT));
    }

    public String toXml() {
        return "<FirmwareHeader SchemaVersion='1' ApiVersion='2.2.0.0' ProductId='" + XmlAttributes.escape(productId)
                + "' ProductName='" + XmlAttributes.escape(productName) + "' SoftwareNumber='"
                + XmlAttributes.escape(softwareNumber) + "' FirmwareVersion='" + XmlAttributes.escape(firmwareVersion)
                + "' />";
    }
}
