package org.pulseport.devices.download;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.pulseport.core.connector.SourceRef;

/**
 * What to download: whose samples they become, from when on ({@code since}, exclusive; empty for everything),
 * who is told about progress, how to cancel, the computer's clock and zone the device clock is compared with,
 * and how long to wait for each answer.
 */
public record DownloadRequest(
        SourceRef source,
        Optional<Instant> since,
        DownloadProgressListener progress,
        CancellationToken cancellation,
        Clock computerClock,
        ZoneId computerZone,
        Duration replyTimeout) {

    public static final Duration DEFAULT_REPLY_TIMEOUT = Duration.ofSeconds(3);

    public DownloadRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancellation, "cancellation");
        Objects.requireNonNull(computerClock, "computerClock");
        Objects.requireNonNull(computerZone, "computerZone");
        Objects.requireNonNull(replyTimeout, "replyTimeout");
    }

    /** Everything the device holds, with the system clock and zone and default timeouts. */
    public static DownloadRequest everything(SourceRef source) {
        return new DownloadRequest(source, Optional.empty(), DownloadProgressListener.NONE, new CancellationToken(),
                Clock.systemUTC(), ZoneId.systemDefault(), DEFAULT_REPLY_TIMEOUT);
    }

    public DownloadRequest since(Instant instant) {
        return new DownloadRequest(source, Optional.of(instant), progress, cancellation, computerClock,
                computerZone, replyTimeout);
    }

    public DownloadRequest withProgress(DownloadProgressListener listener) {
        return new DownloadRequest(source, since, listener, cancellation, computerClock, computerZone, replyTimeout);
    }

    public DownloadRequest withCancellation(CancellationToken token) {
        return new DownloadRequest(source, since, progress, token, computerClock, computerZone, replyTimeout);
    }

    public DownloadRequest withComputerClock(Clock clock, ZoneId zone) {
        return new DownloadRequest(source, since, progress, cancellation, clock, zone, replyTimeout);
    }

    public DownloadRequest withReplyTimeout(Duration timeout) {
        return new DownloadRequest(source, since, progress, cancellation, computerClock, computerZone, timeout);
    }

    /** Whether a reading taken at {@code instant} is wanted. */
    public boolean wants(Instant instant) {
        return since.map(instant::isAfter).orElse(true);
    }
}
