package org.pulseport.app.store;

import java.time.Instant;
import java.util.Optional;
import org.pulseport.core.model.Sample;

/**
 * The checks a sample must pass before it is stored; a failing sample is rejected alone, with the reason.
 */
final class SampleValidation {

    /** Readings stamped before this are certainly a device clock or parsing error. */
    static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

    private SampleValidation() {
    }

    static Optional<String> problem(Sample s, Instant now) {
        if (s.profileId() <= 0 || s.sourceId() <= 0) {
            return Optional.of("no profile or source assigned");
        }
        if (!s.unit().equals(s.metric().ucumUnit())) {
            return Optional.of("unit '" + s.unit() + "' is not the canonical unit '" + s.metric().ucumUnit()
                    + "' of " + s.metric().code());
        }
        if (!Double.isFinite(s.value())) {
            return Optional.of("value is not a finite number");
        }
        if (s.recordedAt().isBefore(EARLIEST)) {
            return Optional.of("timestamp " + s.recordedAt() + " is before 1990");
        }
        if (s.recordedAt().isAfter(now.plusSeconds(86_400))) {
            return Optional.of("timestamp " + s.recordedAt() + " is more than a day in the future");
        }
        return Optional.empty();
    }
}
