package org.pulseport.app.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.pulseport.core.model.Sample;

/**
 * What an ingest did: rows inserted, samples already stored (duplicates), samples rejected with the reason.
 * Only the first {@link #MAX_KEPT_REJECTIONS} rejections are kept in full; {@link #rejected()} counts all.
 * {@code latestCommitted} is the newest sample instant that is now safely stored (inserted or already there).
 */
public record IngestResult(long inserted, long duplicates, long rejected, List<Rejection> rejections,
                           Optional<Instant> latestCommitted) {

    public static final int MAX_KEPT_REJECTIONS = 100;

    public static final IngestResult EMPTY = new IngestResult(0, 0, 0, List.of(), Optional.empty());

    public IngestResult {
        rejections = List.copyOf(rejections);
    }

    /** One sample that was not stored, and why. */
    public record Rejection(Sample sample, String reason) {
    }

    public long total() {
        return inserted + duplicates + rejected;
    }

    /** The sum of two results (for accumulating batches). */
    public IngestResult plus(IngestResult other) {
        List<Rejection> kept = new ArrayList<>(rejections);
        for (Rejection r : other.rejections) {
            if (kept.size() >= MAX_KEPT_REJECTIONS) {
                break;
            }
            kept.add(r);
        }
        Optional<Instant> latest = latestCommitted;
        if (other.latestCommitted.isPresent()
                && (latest.isEmpty() || other.latestCommitted.get().isAfter(latest.get()))) {
            latest = other.latestCommitted;
        }
        return new IngestResult(inserted + other.inserted, duplicates + other.duplicates, rejected + other.rejected,
                Collections.unmodifiableList(kept), latest);
    }
}
