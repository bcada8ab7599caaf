package org.pulseport.devices.fit;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of decoding a whole input: everything decoded, or what was decoded before an error stopped it.
 */
public sealed interface FitDecodeResult {

    /** The data messages decoded, in file order, across all chained files. */
    List<FitMessage> messages();

    /** The headers of the files found in the input. */
    List<FitFileHeader> files();

    List<FitWarning> warnings();

    /** The whole input decoded. */
    record Decoded(List<FitMessage> messages, List<FitFileHeader> files, List<FitWarning> warnings)
            implements FitDecodeResult {
        public Decoded {
            messages = List.copyOf(messages);
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }

    /** Decoding stopped at {@code error}; {@code messages} holds what came before it. */
    record Failed(FitError error, List<FitMessage> messages, List<FitFileHeader> files, List<FitWarning> warnings)
            implements FitDecodeResult {
        public Failed {
            Objects.requireNonNull(error, "error");
            messages = List.copyOf(messages);
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }
}
