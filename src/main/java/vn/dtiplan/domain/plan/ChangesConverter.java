package vn.dtiplan.domain.plan;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A field-by-field difference stored as JSON text: {@code {"due":{"from":"…","to":"…"}}}, each
 * field by its {@link TaskField#key() name}.
 */
@Converter
public class ChangesConverter implements AttributeConverter<Map<TaskField, FieldChange>, String> {

    @Override
    public String convertToDatabaseColumn(Map<TaskField, FieldChange> changes) {
        JsonObjectBuilder all = Json.createObjectBuilder();
        changes.forEach((field, change) -> all.add(field.key(), Json.createObjectBuilder()
                .add("from", text(change.from())).add("to", text(change.to()))));
        return all.build().toString();
    }

    @Override
    public Map<TaskField, FieldChange> convertToEntityAttribute(String column) {
        Map<TaskField, FieldChange> changes = new LinkedHashMap<>();
        if (column == null || column.isBlank()) {
            return changes;
        }
        try (JsonReader reader = Json.createReader(new StringReader(column))) {
            reader.readObject().forEach((field, value) -> {
                JsonObject change = value.asJsonObject();
                changes.put(TaskField.of(field), new FieldChange(string(change.get("from")), string(change.get("to"))));
            });
        }
        return changes;
    }

    private static JsonValue text(String s) {
        return s == null ? JsonValue.NULL : Json.createValue(s);
    }

    private static String string(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL
                ? null : ((jakarta.json.JsonString) value).getString();
    }
}
