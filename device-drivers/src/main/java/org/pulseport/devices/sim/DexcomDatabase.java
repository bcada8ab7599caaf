package org.pulseport.devices.sim;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pulseport.devices.dexcom.DatabasePage;
import org.pulseport.devices.dexcom.PageRange;
import org.pulseport.devices.dexcom.PartitionInfo;
import org.pulseport.devices.dexcom.RecordType;

/** The simulated receiver's record store: records per partition, cut into 500-byte pages on request. */
final class DexcomDatabase {

    private record Partition(PartitionInfo.Partition spec, List<byte[]> records) {
        int recordsPerPage() {
            return DatabasePage.DATA_LENGTH / spec.recordLength();
        }
    }

    private final Map<RecordType, Partition> partitions = new EnumMap<>(RecordType.class);

    synchronized void define(RecordType type, String name, int revision, int recordLength) {
        partitions.put(type, new Partition(new PartitionInfo.Partition(name, type.id(), revision, recordLength),
                new ArrayList<>()));
    }

    synchronized void append(RecordType type, byte[] record) {
        partitions.get(type).records().add(record);
    }

    synchronized PartitionInfo partitionInfo() {
        return new PartitionInfo(partitions.values().stream().map(Partition::spec).toList());
    }

    synchronized PageRange range(RecordType type) {
        Partition partition = partitions.get(type);
        if (partition == null || partition.records().isEmpty()) {
            return PageRange.EMPTY;
        }
        return new PageRange(0, (partition.records().size() - 1) / partition.recordsPerPage());
    }

    /** The encoded page, or empty when the partition has no such page. */
    synchronized Optional<byte[]> page(RecordType type, long pageNumber) {
        PageRange range = range(type);
        if (range.isEmpty() || pageNumber < range.first() || pageNumber > range.last()) {
            return Optional.empty();
        }
        Partition partition = partitions.get(type);
        int perPage = partition.recordsPerPage();
        int first = (int) pageNumber * perPage;
        int last = Math.min(first + perPage, partition.records().size());
        byte[] data = new byte[DatabasePage.DATA_LENGTH];
        int length = partition.spec().recordLength();
        for (int i = first; i < last; i++) {
            System.arraycopy(partition.records().get(i), 0, data, (i - first) * length, length);
        }
        return Optional.of(new DatabasePage(first, last - first, type, partition.spec().recordRevision(), pageNumber,
                data).encode());
    }
}
