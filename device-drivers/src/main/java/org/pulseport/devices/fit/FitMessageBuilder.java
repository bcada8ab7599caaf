package org.pulseport.devices.fit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the fields of one message to encode, by profile field name. Numeric values are given in physical
 * units ({@link #value}) or raw ({@link #raw}); fields never set are not written.
 */
public final class FitMessageBuilder {

    /** One field ready to write: its profile entry and its bytes in little-endian order. */
    record EncodedField(FieldProfile profile, byte[] littleEndian) {
    }

    private final MessageProfile message;
    private final List<EncodedField> fields = new ArrayList<>();

    private FitMessageBuilder(MessageProfile message) {
        this.message = message;
    }

    public static FitMessageBuilder of(FitProfile profile, String messageName) {
        return new FitMessageBuilder(profile.requiredMessage(messageName));
    }

    public MessageProfile message() {
        return message;
    }

    /** Sets a numeric field from its physical value: raw = round((value + offset) * scale). */
    public FitMessageBuilder value(String field, double physical) {
        FieldProfile profile = message.requiredField(field);
        return raw(field, Math.round((physical + profile.offset()) * profile.scale()));
    }

    /** Sets a numeric field's raw value. */
    public FitMessageBuilder raw(String field, long raw) {
        FieldProfile profile = message.requiredField(field);
        byte[] bytes = new byte[profile.type().size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (raw >>> (8 * i));
        }
        return put(profile, bytes);
    }

    /** Sets a string field (written as UTF-8 with a terminating NUL). */
    public FitMessageBuilder text(String field, String text) {
        FieldProfile profile = message.requiredField(field);
        if (profile.type() != FitBaseType.STRING) {
            throw new IllegalArgumentException(field + " is not a string field");
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, bytes, 0, utf8.length);
        if (bytes.length > 255) {
            throw new IllegalArgumentException(field + " is longer than a FIT field can hold (254 bytes)");
        }
        return put(profile, bytes);
    }

    List<EncodedField> fields() {
        return List.copyOf(fields);
    }

    private FitMessageBuilder put(FieldProfile profile, byte[] bytes) {
        fields.removeIf(f -> f.profile().number() == profile.number());
        fields.add(new EncodedField(profile, bytes));
        return this;
    }
}
