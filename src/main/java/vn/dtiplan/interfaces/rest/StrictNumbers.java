package vn.dtiplan.interfaces.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's JSON-B: the defaults, except that whole numbers are read exactly. Yasson on its own
 * wraps {@code 99999999999} into an {@code Integer} of 1215752191 and cuts {@code 2.5} to 2; here
 * a number that is not whole or does not fit is unreadable JSON (400). A number written as text
 * ({@code "12"}) is read as before. Request records use {@code Integer} and {@code Long}, never
 * {@code int} or {@code long} (a primitive would bypass these readers).
 */
@Provider
public class StrictNumbers implements ContextResolver<Jsonb> {

    /** Made on first use (JSON-B's implementation is the server's). */
    private static final class Holder {
        static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
                .withDeserializers(new IntegerReader(), new LongReader()));
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return Holder.JSONB;
    }

    /** The exact value of a JSON number or numeric text; null for JSON null. */
    static BigDecimal whole(JsonValue value, int maxDigits) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        BigDecimal number;
        try {
            number = value instanceof JsonNumber n ? n.bigDecimalValue()
                    : value instanceof JsonString s ? new BigDecimal(s.getString().strip()) : null;
        } catch (NumberFormatException e) {
            number = null;
        }
        BigDecimal exact = number == null ? null : number.stripTrailingZeros();
        if (exact == null || exact.scale() > 0 || exact.precision() - exact.scale() > maxDigits) {
            throw new JsonbException("not a whole number in range: " + value);
        }
        return exact;
    }

    /** Reads an {@code Integer} exactly. */
    public static final class IntegerReader implements JsonbDeserializer<Integer> {

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal n = whole(parser.getValue(), 10);
            try {
                return n == null ? null : n.intValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("number too large: " + n, e);
            }
        }
    }

    /** Reads a {@code Long} exactly. */
    public static final class LongReader implements JsonbDeserializer<Long> {

        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal n = whole(parser.getValue(), 19);
            try {
                return n == null ? null : n.longValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("number too large: " + n, e);
            }
        }
    }
}
