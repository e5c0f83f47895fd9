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

/** A field-by-field difference stored as JSON text: {@code {"due":{"from":"…","to":"…"}}}. */
@Converter
public class ChangesConverter implements AttributeConverter<Map<String, FieldChange>, String> {

    @Override
    public String convertToDatabaseColumn(Map<String, FieldChange> changes) {
        JsonObjectBuilder all = Json.createObjectBuilder();
        changes.forEach((field, change) -> all.add(field, Json.createObjectBuilder()
                .add("from", text(change.from())).add("to", text(change.to()))));
        return all.build().toString();
    }

    @Override
    public Map<String, FieldChange> convertToEntityAttribute(String column) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        if (column == null || column.isBlank()) {
            return changes;
        }
        try (JsonReader reader = Json.createReader(new StringReader(column))) {
            reader.readObject().forEach((field, value) -> {
                JsonObject change = value.asJsonObject();
                changes.put(field, new FieldChange(string(change.get("from")), string(change.get("to"))));
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
