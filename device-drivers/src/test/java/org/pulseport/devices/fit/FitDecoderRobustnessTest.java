package org.pulseport.devices.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Damaged input of any kind yields a result, never an exception, and errors carry an offset inside the input. */
class FitDecoderRobustnessTest {

    private static final byte[] ACTIVITY = read("Activity.fit");
    private static final byte[] DEVELOPER = read("developer-types-sample.fit");

    @Property(tries = 300)
    void truncatedInputNeverThrows(@ForAll @IntRange(min = 0, max = 770) int length) {
        byte[] truncated = java.util.Arrays.copyOf(ACTIVITY, Math.min(length, ACTIVITY.length));

        FitDecodeResult result = FitDecoder.standard().decode(truncated);

        assertThat(result).isInstanceOf(FitDecodeResult.Failed.class);
        assertThat(((FitDecodeResult.Failed) result).error().offset()).isBetween(0L, (long) truncated.length);
    }

    @Property(tries = 500)
    void corruptedBytesNeverThrow(@ForAll @IntRange(min = 0, max = 147_939) int position, @ForAll byte value,
                                  @ForAll boolean checkCrc) {
        byte[] corrupted = DEVELOPER.clone();
        corrupted[position % corrupted.length] = value;

        FitDecodeResult result = new FitDecoder(FitDecodeOptions.defaults().withCrcCheck(checkCrc)).decode(corrupted);

        if (result instanceof FitDecodeResult.Failed) {
            assertThat(((FitDecodeResult.Failed) result).error().offset()).isBetween(0L, (long) corrupted.length);
        } else {
            assertThat(result.messages()).isNotEmpty();
        }
    }

    private static byte[] read(String name) {
        try {
            return Files.readAllBytes(FitFixtures.file(name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
