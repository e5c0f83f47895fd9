package vn.dtiplan.application;

import java.io.Serializable;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import vn.dtiplan.domain.VietnamTime;

/** An audit event as screens and the API show it; {@code changes} is the JSON of the changed fields. */
public record AuditView(String recordType, String recordId, String action, String actor, Instant at,
        String address, String changes) implements Serializable {

    /** One changed field, as text (null: no value). */
    public record FieldLine(String field, String from, String to) {
    }

    /** When, in Vietnam time. */
    public String atText() {
        return VietnamTime.text(at);
    }

    /** The changed fields in the order recorded. */
    public List<FieldLine> lines() {
        if (changes == null || changes.isBlank()) {
            return List.of();
        }
        JsonObject fields = Json.createReader(new StringReader(changes)).readObject();
        return fields.entrySet().stream().map(e -> {
            JsonObject pair = e.getValue().asJsonObject();
            return new FieldLine(e.getKey(), text(pair.get("from")), text(pair.get("to")));
        }).toList();
    }

    private static String text(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null
                : value.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) value).getString()
                : value.toString();
    }
}
