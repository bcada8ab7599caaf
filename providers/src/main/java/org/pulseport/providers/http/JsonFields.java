package org.pulseport.providers.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Typed reads of provider JSON fields. Required fields that are missing or of the wrong type raise
 * {@link MalformedRecordException}; optional fields that are missing or {@code null} read as empty.
 */
public final class JsonFields {

    private JsonFields() {
    }

    /** A required text field. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new MalformedRecordException("missing text field '" + field + "'");
        }
        return value.asText();
    }

    /** An optional text field. */
    public static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** An optional number at a path of nested fields; a present non-number is malformed. */
    public static OptionalDouble optionalNumber(JsonNode node, String... path) {
        JsonNode value = node;
        for (String field : path) {
            value = value.path(field);
        }
        if (value.isMissingNode() || value.isNull()) {
            return OptionalDouble.empty();
        }
        if (!value.isNumber()) {
            throw new MalformedRecordException("field '" + String.join(".", path) + "' is not a number");
        }
        return OptionalDouble.of(value.asDouble());
    }

    /** A required number at a path of nested fields. */
    public static double number(JsonNode node, String... path) {
        return optionalNumber(node, path).orElseThrow(
                () -> new MalformedRecordException("missing number field '" + String.join(".", path) + "'"));
    }

    /** A required ISO-8601 date-time with offset, e.g. {@code 2024-03-01T07:12:00+02:00}. */
    public static OffsetDateTime offsetDateTime(JsonNode node, String field) {
        String text = text(node, field);
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedRecordException("field '" + field + "' is not an ISO date-time with offset");
        }
    }

    /** A required ISO-8601 calendar date, e.g. {@code 2024-03-01}. */
    public static LocalDate date(JsonNode node, String field) {
        String text = text(node, field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedRecordException("field '" + field + "' is not an ISO date");
        }
    }

    /** The elements of an array field; a missing or {@code null} field is an empty list, anything else malformed. */
    public static List<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new MalformedRecordException("field '" + field + "' is not an array");
        }
        List<JsonNode> items = new ArrayList<>(value.size());
        value.forEach(items::add);
        return items;
    }
}
