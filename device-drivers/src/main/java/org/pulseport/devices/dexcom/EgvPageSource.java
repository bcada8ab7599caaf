package org.pulseport.devices.dexcom;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.pulseport.core.model.Sample;
import org.pulseport.devices.download.DeviceException;
import org.pulseport.devices.download.DownloadRequest;
import org.pulseport.devices.download.LazySamples;
import org.pulseport.devices.download.ProtocolException;
import org.pulseport.devices.download.SkipCounter;

/**
 * Pulls EGV pages from the receiver in batches, oldest first. With a {@code since} instant it first walks back
 * from the newest page until it reaches a page that starts at or before that instant, so a re-download reads
 * only the pages that can hold new readings.
 */
final class EgvPageSource implements LazySamples.BatchSource {

    private final DexcomReceiver receiver;
    private final DownloadRequest request;
    private final EgvSampleMapper mapper;
    private final SkipCounter skips;
    private final int pagesPerRequest;
    private final int estimatedRecordsPerPage;
    private final Deque<DatabasePage> prefetched = new ArrayDeque<>();
    private PageRange range;
    private long nextPage;
    private long recordsRead;
    private long estimatedTotal;

    EgvPageSource(DexcomReceiver receiver, DownloadRequest request, EgvSampleMapper mapper, SkipCounter skips,
                  int pagesPerRequest, int estimatedRecordsPerPage) {
        this.receiver = receiver;
        this.request = request;
        this.mapper = mapper;
        this.skips = skips;
        this.pagesPerRequest = pagesPerRequest;
        this.estimatedRecordsPerPage = estimatedRecordsPerPage;
    }

    @Override
    public boolean hasMore() {
        return range == null || !prefetched.isEmpty() || (!range.isEmpty() && nextPage <= range.last());
    }

    @Override
    public List<Sample> nextBatch() throws DeviceException {
        if (range == null) {
            plan();
        }
        List<DatabasePage> pages;
        if (!prefetched.isEmpty()) {
            pages = new ArrayList<>(prefetched);
            prefetched.clear();
        } else if (!range.isEmpty() && nextPage <= range.last()) {
            int count = (int) Math.min(pagesPerRequest, range.last() - nextPage + 1);
            pages = receiver.readPages(RecordType.EGV_DATA, nextPage, count);
            nextPage += count;
        } else {
            return List.of();
        }
        return toSamples(pages);
    }

    private void plan() throws DeviceException {
        range = receiver.pageRange(RecordType.EGV_DATA);
        nextPage = range.first();
        estimatedTotal = range.pageCount() * estimatedRecordsPerPage;
        if (range.isEmpty() || request.since().isEmpty()) {
            return;
        }
        long end = range.last();
        while (end >= range.first()) {
            long start = Math.max(range.first(), end - pagesPerRequest + 1);
            List<DatabasePage> pages = receiver.readPages(RecordType.EGV_DATA, start, (int) (end - start + 1));
            for (int i = pages.size() - 1; i >= 0; i--) {
                prefetched.addFirst(pages.get(i));
            }
            if (startsAtOrBeforeSince(pages.get(0))) {
                break;
            }
            end = start - 1;
        }
        nextPage = range.last() + 1;
        estimatedTotal = (long) prefetched.size() * estimatedRecordsPerPage;
    }

    private boolean startsAtOrBeforeSince(DatabasePage page) {
        return firstRecord(page).map(r -> !request.wants(mapper.instantOf(r))).orElse(false);
    }

    private Optional<EgvRecord> firstRecord(DatabasePage page) {
        Optional<EgvLayout> layout = EgvLayout.forRevision(page.revision());
        if (layout.isEmpty() || page.recordCount() == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(layout.get().decode(page.record(0, layout.get().recordLength())));
        } catch (ProtocolException e) {
            return Optional.empty();
        }
    }

    private List<Sample> toSamples(List<DatabasePage> pages) throws DeviceException {
        List<Sample> samples = new ArrayList<>();
        for (DatabasePage page : pages) {
            EgvLayout layout = EgvLayout.forRevision(page.revision()).orElseThrow(() -> DeviceException.of(
                    "Dexcom receiver", new ProtocolException(ProtocolException.Kind.UNSUPPORTED,
                            "unsupported EGV page revision " + page.revision(), -1)));
            for (int i = 0; i < page.recordCount(); i++) {
                try {
                    EgvRecord record = layout.decode(page.record(i, layout.recordLength()));
                    if (request.wants(mapper.instantOf(record))) {
                        mapper.map(record).ifPresent(samples::add);
                    }
                } catch (ProtocolException e) {
                    skips.damaged("EGV record " + (page.firstRecordIndex() + i) + " on page " + page.pageNumber(),
                            e.getMessage());
                }
            }
            recordsRead += page.recordCount();
        }
        request.progress().onProgress(recordsRead, Math.max(recordsRead, hasMore() ? estimatedTotal : recordsRead));
        return samples;
    }
}
