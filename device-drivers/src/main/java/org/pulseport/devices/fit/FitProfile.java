package org.pulseport.devices.fit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The FIT profile subset Pulseport knows, loaded once from the {@code profile.txt} data table next to this
 * class. Messages it does not know get a profile holding only the fields common to all messages.
 */
public final class FitProfile {

    private static final String RESOURCE = "profile.txt";

    private final Map<Integer, MessageProfile> byNumber;
    private final Map<String, MessageProfile> byName;
    private final List<FieldProfile> commonFields;

    FitProfile(Collection<MessageProfile> messages, List<FieldProfile> commonFields) {
        this.byNumber = messages.stream().collect(Collectors.toUnmodifiableMap(MessageProfile::number, Function.identity()));
        this.byName = messages.stream().collect(Collectors.toUnmodifiableMap(MessageProfile::name, Function.identity()));
        this.commonFields = List.copyOf(commonFields);
    }

    /** The profile bundled with Pulseport. */
    public static FitProfile standard() {
        return Holder.STANDARD;
    }

    /** The message with this global number; unknown numbers get a generic profile named {@code unknown_N}. */
    public MessageProfile message(int globalNumber) {
        MessageProfile known = byNumber.get(globalNumber);
        return known != null ? known : new MessageProfile(globalNumber, "unknown_" + globalNumber, commonFields);
    }

    public Optional<MessageProfile> message(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The named message, for encoders. */
    public MessageProfile requiredMessage(String name) {
        return message(name).orElseThrow(() -> new IllegalArgumentException("the FIT profile has no message " + name));
    }

    private static final class Holder {
        private static final FitProfile STANDARD = load();

        private static FitProfile load() {
            try (InputStream in = FitProfile.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("FIT profile resource " + RESOURCE + " is missing");
                }
                return new FitProfileParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read FIT profile resource " + RESOURCE, e);
            }
        }
    }
}
