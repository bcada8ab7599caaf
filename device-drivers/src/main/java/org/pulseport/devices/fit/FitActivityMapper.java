package org.pulseport.devices.fit;

import java.io.InputStream;
import java.util.List;

/**
 * Turns a decoded FIT activity file into Pulseport's {@link org.pulseport.core.activity.Activity}: the session
 * summary, the laps and the per-second record streams. Streams from a {@link FitReader} in constant memory
 * apart from the record columns themselves.
 */
public final class FitActivityMapper {

    /** How the warning of an activity cut short by a decoding error begins; the error with its byte offset follows. */
    public static final String PARTIAL_WARNING = "decoding stopped, the activity is partial: ";

    private final FitDecoder decoder;

    public FitActivityMapper(FitDecoder decoder) {
        this.decoder = decoder;
    }

    /** Maps messages already decoded. */
    public ActivityImport map(List<FitMessage> messages) {
        ActivityAssembler assembler = new ActivityAssembler();
        messages.forEach(assembler::accept);
        return assembler.finish();
    }

    /**
     * Decodes and maps {@code in} message by message. A decoding error after some records keeps what came
     * before it and says so in a warning; an error before any data rejects the input.
     */
    public ActivityImport read(InputStream in) {
        ActivityAssembler assembler = new ActivityAssembler();
        FitReader reader = decoder.reader(in);
        while (reader.hasNext()) {
            FitEvent event = reader.next();
            if (event instanceof FitMessage) {
                assembler.accept((FitMessage) event);
            } else if (event instanceof FitWarning) {
                assembler.warn(event.toString());
            } else if (event instanceof FitError) {
                assembler.warn(PARTIAL_WARNING + ((FitError) event).describe());
            }
        }
        return assembler.finish();
    }
}
