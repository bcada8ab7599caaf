package org.pulseport.devices.fit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One decoded data message. {@code offset} is the byte offset of its record header in the decoded stream.
 * Fields appear in definition order, followed by fields unpacked from components and a timestamp implied by
 * a compressed-timestamp header. Messages the profile does not know are named {@code unknown_N}.
 */
public record FitMessage(
        int globalNumber,
        String name,
        long offset,
        List<FitField> fields,
        List<DeveloperField> developerFields) implements FitEvent {

    public FitMessage {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
        developerFields = List.copyOf(developerFields);
    }

    public Optional<FitField> field(int number) {
        for (FitField field : fields) {
            if (field.number() == number) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    public Optional<FitField> field(String fieldName) {
        for (FitField field : fields) {
            if (field.name().equals(fieldName)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The named field's first value in physical units; empty when absent or invalid. */
    public OptionalDouble value(String fieldName) {
        Optional<FitField> field = field(fieldName);
        return field.isPresent() ? field.get().doubleValue() : OptionalDouble.empty();
    }

    /** The named field's first raw integer; empty when absent or invalid. */
    public OptionalLong raw(String fieldName) {
        Optional<FitField> field = field(fieldName);
        return field.isPresent() ? field.get().rawValue() : OptionalLong.empty();
    }

    /** The named field's text; empty when absent or blank. */
    public Optional<String> text(String fieldName) {
        return field(fieldName).flatMap(FitField::text);
    }

    /** The developer field with this name, if any. */
    public Optional<DeveloperField> developerField(String fieldName) {
        return developerFields.stream().filter(d -> d.field().name().equals(fieldName)).findFirst();
    }
}
