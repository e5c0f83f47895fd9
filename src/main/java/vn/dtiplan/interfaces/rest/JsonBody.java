package vn.dtiplan.interfaces.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.dtiplan.domain.DomainRuleException;

/**
 * Reads fields of a JSON request body. A field of the wrong type or a date not written
 * {@code YYYY-MM-DD} is refused as a rule (422) naming the field; a missing field is null.
 */
final class JsonBody {

    private JsonBody() {
    }

    static JsonObject require(JsonObject body) {
        if (body == null) {
            throw new DomainRuleException("request.body.required");
        }
        return body;
    }

    static String text(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        throw new DomainRuleException("request.field.invalid", field);
    }

    static Long number(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            return v instanceof JsonNumber n ? n.longValueExact() : Long.valueOf(((JsonString) v).getString().strip());
        } catch (RuntimeException e) {
            throw new DomainRuleException("request.field.invalid", field);
        }
    }

    static BigDecimal decimal(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        throw new DomainRuleException("request.field.invalid", field);
    }

    static int integer(JsonObject o, String field, int otherwise) {
        Long n = number(o, field);
        return n == null ? otherwise : Math.toIntExact(n);
    }

    static Boolean bool(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v == JsonValue.TRUE || v == JsonValue.FALSE || v.getValueType() == JsonValue.ValueType.TRUE
                || v.getValueType() == JsonValue.ValueType.FALSE) {
            return v.getValueType() == JsonValue.ValueType.TRUE;
        }
        throw new DomainRuleException("request.field.invalid", field);
    }

    static LocalDate date(JsonObject o, String field) {
        String text = text(o, field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainRuleException("request.date.invalid", field, text);
        }
    }

    /** A list of strings; a single string counts as a list of one. */
    static List<String> texts(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return List.of(s.getString());
        }
        if (v instanceof JsonArray a) {
            return a.stream().map(item -> item instanceof JsonString s ? s.getString() : item.toString()).toList();
        }
        throw new DomainRuleException("request.field.invalid", field);
    }

    static List<JsonObject> objects(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (v instanceof JsonArray a && a.stream().allMatch(i -> i instanceof JsonObject)) {
            return a.getValuesAs(JsonObject.class);
        }
        throw new DomainRuleException("request.field.invalid", field);
    }
}
