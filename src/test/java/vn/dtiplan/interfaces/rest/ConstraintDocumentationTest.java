package vn.dtiplan.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

/** The records' constraints reach their schemas as Payara's scanner names them (by simple name). */
class ConstraintDocumentationTest {

    /** A schema that keeps what is set on it (the server's implementation is not on the test path). */
    private static Schema schema(Schema.SchemaType type, Map<String, Schema> properties) {
        Map<String, Object> values = new HashMap<>();
        values.put("Type", type);
        values.put("Properties", properties);
        values.put("Required", new ArrayList<String>());
        return (Schema) Proxy.newProxyInstance(Schema.class.getClassLoader(), new Class<?>[] {Schema.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("addRequired")) {
                        @SuppressWarnings("unchecked")
                        List<String> required = (List<String>) values.get("Required");
                        required.add((String) args[0]);
                        return proxy;
                    }
                    if (name.startsWith("set")) {
                        values.put(name.substring(3), args[0]);
                        return null;
                    }
                    return name.startsWith("get") ? values.get(name.substring(3)) : null;
                });
    }

    private static Schema string() {
        return schema(Schema.SchemaType.STRING, null);
    }

    @Test
    void lengthsPatternsAndRequiredComponentsAreDocumented() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        for (String name : List.of("code", "name", "level", "parentCode", "validFrom")) {
            properties.put(name, string());
        }
        Schema unit = schema(Schema.SchemaType.OBJECT, properties);
        ConstraintDocumentation.describe(Map.of("NewUnitJson", unit));

        assertEquals(1, properties.get("code").getMinLength());
        assertEquals(16, properties.get("code").getMaxLength());
        assertEquals("[0-9A-Za-z._-]+", properties.get("code").getPattern());
        assertEquals(200, properties.get("name").getMaxLength());
        assertEquals(0, properties.get("parentCode").getMinLength());
        assertEquals(16, properties.get("parentCode").getMaxLength());
        assertNull(properties.get("validFrom").getMaxLength());
        assertEquals(List.of("code", "name", "level"), unit.getRequired());
    }

    @Test
    void listBoundsAndRangesAreDocumented() {
        Map<String, Schema> decisions = new LinkedHashMap<>(Map.of("ids", schema(Schema.SchemaType.ARRAY, null)));
        Map<String, Schema> answer = new LinkedHashMap<>(Map.of("year", schema(Schema.SchemaType.INTEGER, null)));
        ConstraintDocumentation.describe(Map.of("DecisionsBody", schema(Schema.SchemaType.OBJECT, decisions),
                "AnswerBody", schema(Schema.SchemaType.OBJECT, answer)));

        assertEquals(1, decisions.get("ids").getMinItems());
        assertEquals(1000, decisions.get("ids").getMaxItems());
        assertNull(decisions.get("ids").getMaxLength());
        assertEquals(BigDecimal.valueOf(PlanRequests.FIRST_YEAR), answer.get("year").getMinimum());
    }
}
