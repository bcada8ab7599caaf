package org.pulseport.devices.headunit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads {@code GarminDevice.xml} (schema {@code http://www.garmin.com/xmlschemas/GarminDevice/v2}): Model/Description,
 * Id, and the MassStorageMode DataType entries whose File/Location/Path and TransferDirection declare the folders.
 * Matches element names without their namespace, so older and newer schema versions read the same; refuses DTDs,
 * so a file on a device can never make the parser fetch or expand anything.
 */
public final class GarminDeviceXml {

    static final String ACTIVITIES = "FIT_TYPE_4";
    static final String WORKOUTS = "FIT_TYPE_5";
    private static final String OUTPUT = "OutputFromUnit";
    private static final String INPUT = "InputToUnit";
    private static final String BOTH = "InputOutput";

    private GarminDeviceXml() {
    }

    /**
     * Parses the description.
     *
     * @throws IllegalArgumentException with the reason when the bytes are not a usable device description
     */
    public static GarminDeviceDescription parse(byte[] xml) {
        Element device = document(xml);
        if (!device.getLocalName().equals("Device")) {
            throw new IllegalArgumentException("the root element is <" + device.getLocalName() + ">, not <Device>");
        }
        String unitId = text(device, "Id").orElseThrow(() -> new IllegalArgumentException("the device has no <Id>"));
        String model = child(device, "Model").flatMap(m -> text(m, "Description"))
                .or(() -> text(device, "DisplayName")).orElse("Garmin device");
        List<Element> dataTypes = child(device, "MassStorageMode").map(m -> children(m, "DataType")).orElse(List.of());
        return new GarminDeviceDescription(model, unitId, path(dataTypes, ACTIVITIES, OUTPUT),
                path(dataTypes, WORKOUTS, OUTPUT), path(dataTypes, WORKOUTS, INPUT));
    }

    /** The declared path of the first file of {@code dataType} going in {@code direction} (or both ways). */
    private static Optional<String> path(List<Element> dataTypes, String dataType, String direction) {
        for (Element type : dataTypes) {
            if (!text(type, "Name").orElse("").equals(dataType)) {
                continue;
            }
            for (Element file : children(type, "File")) {
                String declared = text(file, "TransferDirection").orElse(BOTH);
                Optional<String> path = child(file, "Location").flatMap(l -> text(l, "Path"));
                if (path.isPresent() && (declared.equals(direction) || declared.equals(BOTH))) {
                    return path.map(p -> p.replace('\\', '/'));
                }
            }
        }
        return Optional.empty();
    }

    private static Element document(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks secure processing", e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && name.equals(n.getLocalName())) {
                found.add((Element) n);
            }
        }
        return found;
    }

    private static Optional<Element> child(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    private static Optional<String> text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip()).filter(t -> !t.isEmpty());
    }
}
