package org.pulseport.devices.fit;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The profile of one global message: its number, name and known fields. */
public final class MessageProfile {

    private final int number;
    private final String name;
    private final Map<Integer, FieldProfile> byNumber;
    private final Map<String, FieldProfile> byName;

    public MessageProfile(int number, String name, Collection<FieldProfile> fields) {
        this.number = number;
        this.name = name;
        this.byNumber = fields.stream().collect(Collectors.toUnmodifiableMap(FieldProfile::number, Function.identity()));
        this.byName = fields.stream().collect(Collectors.toUnmodifiableMap(FieldProfile::name, Function.identity()));
    }

    public int number() {
        return number;
    }

    public String name() {
        return name;
    }

    public Optional<FieldProfile> field(int fieldNumber) {
        return Optional.ofNullable(byNumber.get(fieldNumber));
    }

    public Optional<FieldProfile> field(String fieldName) {
        return Optional.ofNullable(byName.get(fieldName));
    }

    /** The named field, for encoders that must not write a field the profile lacks. */
    public FieldProfile requiredField(String fieldName) {
        FieldProfile field = byName.get(fieldName);
        if (field == null) {
            throw new IllegalArgumentException("message " + name + " has no field " + fieldName);
        }
        return field;
    }

    @Override
    public String toString() {
        return name + "(" + number + ")";
    }
}
