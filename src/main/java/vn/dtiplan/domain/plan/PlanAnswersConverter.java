package vn.dtiplan.domain.plan;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;

/**
 * A {@link PlanAnswers} as JSON text:
 * {@code {"answers":[{"frameworkId":3,"year":2024}],"notAddressed":[{"criterionCode":"2.1","reason":"…"}]}};
 * no coverage is NULL.
 */
@Converter
public class PlanAnswersConverter implements AttributeConverter<PlanAnswers, String> {

    @Override
    public String convertToDatabaseColumn(PlanAnswers coverage) {
        if (coverage == null || coverage.isEmpty()) {
            return null;
        }
        JsonArrayBuilder answers = Json.createArrayBuilder();
        coverage.answers().forEach(a -> answers.add(Json.createObjectBuilder().add("frameworkId", a.frameworkId())
                .add("year", a.year())));
        JsonArrayBuilder lines = Json.createArrayBuilder();
        coverage.notAddressed().forEach(n -> lines.add(Json.createObjectBuilder()
                .add("criterionCode", n.criterionCode()).add("reason", n.reason())));
        return Json.createObjectBuilder().add("answers", answers).add("notAddressed", lines).build().toString();
    }

    @Override
    public PlanAnswers convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return PlanAnswers.NONE;
        }
        try (JsonReader reader = Json.createReader(new StringReader(column))) {
            JsonObject all = reader.readObject();
            return new PlanAnswers(
                    all.getJsonArray("answers").stream().map(JsonValue::asJsonObject)
                            .map(a -> new AnsweredAssessment(a.getJsonNumber("frameworkId").longValue(), a.getInt("year")))
                            .toList(),
                    all.getJsonArray("notAddressed").stream().map(JsonValue::asJsonObject)
                            .map(n -> new NotAddressed(n.getString("criterionCode"), n.getString("reason"))).toList());
        }
    }
}
