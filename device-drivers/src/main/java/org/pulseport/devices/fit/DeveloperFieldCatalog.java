package org.pulseport.devices.fit;

import java.util.HashMap;
import java.util.Map;

/**
 * The developer fields a file has described so far with field_description messages, used to name, type and
 * scale developer fields in later data messages. Undescribed developer fields are kept as raw bytes.
 */
final class DeveloperFieldCatalog {

    private record Description(String name, FitBaseType type, double scale, double offset, String units) {
    }

    private final Map<Integer, Description> descriptions = new HashMap<>();

    void register(FitMessage fieldDescription) {
        int index = (int) fieldDescription.raw("developer_data_index").orElse(0);
        int number = (int) fieldDescription.raw("field_definition_number").orElse(0);
        FitBaseType type = FitBaseType.fromId((int) fieldDescription.raw("fit_base_type_id").orElse(FitBaseType.BYTE.id()));
        String name = fieldDescription.text("field_name").orElse("developer_" + index + "_" + number);
        double scale = fieldDescription.raw("scale").orElse(1);
        double offset = fieldDescription.raw("offset").orElse(0);
        String units = fieldDescription.text("units").orElse("");
        descriptions.put(key(index, number), new Description(name, type, scale == 0 ? 1 : scale, offset, units));
    }

    DeveloperField decode(FitDefinition.DeveloperFieldLayout layout, byte[] data, int position, boolean bigEndian) {
        Description description = descriptions.get(key(layout.developerDataIndex(), layout.fieldNumber()));
        FitField field;
        if (description == null) {
            field = new FitField(layout.fieldNumber(), "developer_" + layout.developerDataIndex() + "_" + layout.fieldNumber(),
                    FitBaseType.BYTE, FieldDecoding.decode(data, position, layout.size(), FitBaseType.BYTE, bigEndian),
                    1, 0, "", FieldOrigin.DEVELOPER);
        } else {
            field = new FitField(layout.fieldNumber(), description.name(), description.type(),
                    FieldDecoding.decode(data, position, layout.size(), description.type(), bigEndian),
                    description.scale(), description.offset(), description.units(), FieldOrigin.DEVELOPER);
        }
        return new DeveloperField(layout.developerDataIndex(), field);
    }

    void clear() {
        descriptions.clear();
    }

    private static int key(int developerDataIndex, int fieldNumber) {
        return (developerDataIndex << 8) | fieldNumber;
    }
}
