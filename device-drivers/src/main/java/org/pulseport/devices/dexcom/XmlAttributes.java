package org.pulseport.devices.dexcom;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pulseport.devices.download.ProtocolException;

/**
 * Reads the attributes of the small, flat XML elements receivers send ({@code <FirmwareHeader .../>},
 * {@code <Partition .../>}, {@code <ManufacturingParameters .../>}). A deliberately tiny reader: no DTDs, no
 * entities beyond the five predefined ones, so device bytes can never make it fetch or expand anything.
 */
final class XmlAttributes {

    private static final Pattern ATTRIBUTE =
            Pattern.compile("([A-Za-z_][\\w.:-]*)\\s*=\\s*(?:\"([^\"<]*)\"|'([^'<]*)')");

    private XmlAttributes() {
    }

    /** Decodes a payload as text, dropping the NUL padding receivers add. */
    static String text(byte[] payload) {
        int end = payload.length;
        while (end > 0 && payload[end - 1] == 0) {
            end--;
        }
        return new String(payload, 0, end, StandardCharsets.UTF_8).replace("\0", "");
    }

    /** The attributes of the first {@code element} in {@code xml}. */
    static Map<String, String> first(String xml, String element) throws ProtocolException {
        List<Map<String, String>> all = all(xml, element);
        if (all.isEmpty()) {
            throw ProtocolException.corrupt("no <" + element + "> element in reply");
        }
        return all.get(0);
    }

    /** The attributes of every {@code element} in {@code xml}, in document order. */
    static List<Map<String, String>> all(String xml, String element) {
        Pattern tag = Pattern.compile("<" + Pattern.quote(element) + "(\\s[^<>]*?)?/?>");
        List<Map<String, String>> elements = new ArrayList<>();
        Matcher tags = tag.matcher(xml);
        while (tags.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            String body = tags.group(1) == null ? "" : tags.group(1);
            Matcher pairs = ATTRIBUTE.matcher(body);
            while (pairs.find()) {
                String value = pairs.group(2) != null ? pairs.group(2) : pairs.group(3);
                attributes.put(pairs.group(1), unescape(value));
            }
            elements.add(attributes);
        }
        return elements;
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    private static String unescape(String value) {
        return value.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    static String required(Map<String, String> attributes, String name, String element) throws ProtocolException {
        String value = attributes.get(name);
        if (value == null || value.isBlank()) {
            throw ProtocolException.corrupt("<" + element + "> lacks attribute " + name);
        }
        return value;
    }
}
