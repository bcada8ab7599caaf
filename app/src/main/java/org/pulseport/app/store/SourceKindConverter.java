package org.pulseport.app.store;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link SourceKind} as its lower-case code, as the schema's CHECK constraint expects. */
@Converter
public class SourceKindConverter implements AttributeConverter<SourceKind, String> {

    @Override
    public String convertToDatabaseColumn(SourceKind kind) {
        return kind == null ? null : kind.code();
    }

    @Override
    public SourceKind convertToEntityAttribute(String code) {
        return code == null ? null : SourceKind.fromCode(code);
    }
}
