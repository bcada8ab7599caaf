package org.pulseport.devices.download;

import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts records left out of a download by reason, and logs damaged ones with their context. */
public final class SkipCounter {

    private static final Logger LOG = LoggerFactory.getLogger(SkipCounter.class);

    private final Map<String, Long> counts = new TreeMap<>();

    /** An expected omission (a special value that is not a reading). */
    public synchronized void skip(String reason) {
        counts.merge(reason, 1L, Long::sum);
    }

    /** A damaged record; logged with where it was. */
    public synchronized void damaged(String where, String reason) {
        LOG.warn("Skipped damaged record {}: {}", where, reason);
        counts.merge("damaged record", 1L, Long::sum);
    }

    public synchronized Map<String, Long> snapshot() {
        return Map.copyOf(counts);
    }
}
