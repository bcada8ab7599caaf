package org.pulseport.devices.dexcom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pulseport.devices.download.ProtocolException;

/** The receiver's {@code <PartitionInfo>}: for each record type, its record revision and record length. */
public record PartitionInfo(List<Partition> partitions) {

    /** One database partition. */
    public record Partition(String name, int id, int recordRevision, int recordLength) {
    }

    public PartitionInfo {
        partitions = List.copyOf(partitions);
    }

    public Optional<Partition> of(RecordType type) {
        return partitions.stream().filter(p -> p.id == type.id()).findFirst();
    }

    public static PartitionInfo parse(byte[] payload) throws ProtocolException {
        List<Partition> partitions = new ArrayList<>();
        for (Map<String, String> attributes : XmlAttributes.all(XmlAttributes.text(payload), "Partition")) {
            partitions.add(new Partition(attributes.getOrDefault("Name", ""),
                    number(attributes, "Id"), number(attributes, "RecordRevision"),
                    number(attributes, "RecordLength")));
        }
        if (partitions.isEmpty()) {
            throw ProtocolException.corrupt("partition info lists no partitions");
        }
        return new PartitionInfo(partitions);
    }

    private static int number(Map<String, String> attributes, String name) throws ProtocolException {
        String value = XmlAttributes.required(attributes, name, "Partition");
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProtocolException.corrupt("partition attribute " + name + " is not a number: " + value);
        }
    }

    public String toXml() {
        StringBuilder xml = new StringBuilder("<PartitionInfo SchemaVersion='1' PageHeaderVersion='1'"
                + " PageDataLength='500'>");
        for (Partition p : partitions) {
            xml.append("<Partition Name='").append(XmlAttributes.escape(p.name())).append("' Id='").append(p.id())
                    .append("' RecordRevision='").append(p.recordRevision()).append("' RecordLength='")
                    .append(p.recordLength()).append("' />");
        }
        return xml.append("</PartitionInfo>").toString();
    }
}
