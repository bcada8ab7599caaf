package org.pulseport.app.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.pulseport.devices.download.DownloadProgressListener;

/**
 * Turns a driver's "records read of total" into {@link ImportProgress} with the time left, estimated linearly
 * from the pace since the import started.
 */
final class ImportProgressTracker implements DownloadProgressListener {

    private final Clock clock;
    private final Consumer<ImportProgress> sink;
    private final Instant started;

    ImportProgressTracker(Clock clock, Consumer<ImportProgress> sink) {
        this.clock = clock;
        this.sink = sink;
        this.started = clock.instant();
    }

    @Override
    public void onProgress(long recordsRead, long recordsTotal) {
        sink.accept(estimate(recordsRead, recordsTotal, Duration.between(started, clock.instant())));
    }

    /** The progress after {@code elapsed}: time left = elapsed × records still to read ÷ records read. */
    static ImportProgress estimate(long read, long total, Duration elapsed) {
        long clampedTotal = Math.max(total, 0);
        long clampedRead = clampedTotal > 0 ? Math.min(Math.max(read, 0), clampedTotal) : Math.max(read, 0);
        Optional<Duration> left = Optional.empty();
        if (clampedTotal > 0 && clampedRead >= clampedTotal) {
            left = Optional.of(Duration.ZERO);
        } else if (clampedTotal > 0 && clampedRead > 0 && !elapsed.isNegative() && !elapsed.isZero()) {
            double perRecord = (double) elapsed.toNanos() / clampedRead;
            left = Optional.of(Duration.ofNanos((long) (perRecord * (clampedTotal - clampedRead))));
        }
        return new ImportProgress(clampedRead, clampedTotal, left);
    }
}
