package org.pulseport.devices.fit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes whole FIT inputs into a {@link FitDecodeResult}. For large inputs prefer {@link #reader} and handle
 * messages one at a time.
 */
public final class FitDecoder {

    private final FitDecodeOptions options;

    public FitDecoder(FitDecodeOptions options) {
        this.options = options;
    }

    /** A decoder with CRC checking and the bundled profile. */
    public static FitDecoder standard() {
        return new FitDecoder(FitDecodeOptions.defaults());
    }

    /** A streaming reader over {@code in}; the caller closes it. */
    public FitReader reader(InputStream in) {
        return new FitReader(in, options);
    }

    public FitDecodeResult decode(byte[] bytes) {
        return decode(new ByteArrayInputStream(bytes));
    }

    public FitDecodeResult decode(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return decode(in);
        } catch (IOException e) {
            return new FitDecodeResult.Failed(new FitError.ReadFailure(0, "cannot open " + file + ": " + e.getMessage()),
                    List.of(), List.of(), List.of());
        }
    }

    /** Reads {@code in} to its end (or first error); does not close it. */
    public FitDecodeResult decode(InputStream in) {
        List<FitMessage> messages = new ArrayList<>();
        List<FitFileHeader> files = new ArrayList<>();
        List<FitWarning> warnings = new ArrayList<>();
        FitReader reader = reader(in);
        while (reader.hasNext()) {
            FitEvent event = reader.next();
            if (event instanceof FitMessage) {
                messages.add((FitMessage) event);
            } else if (event instanceof FitFileHeader) {
                files.add((FitFileHeader) event);
            } else if (event instanceof FitWarning) {
                warnings.add((FitWarning) event);
            } else if (event instanceof FitError) {
                return new FitDecodeResult.Failed((FitError) event, messages, files, warnings);
            }
        }
        return new FitDecodeResult.Decoded(messages, files, warnings);
    }
}
