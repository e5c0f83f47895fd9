package vn.dtiplan.domain.plan;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;

/** Task fields in one text column by their {@link TaskField#key() names}, one a line. */
@Converter
public class TaskFieldsConverter implements AttributeConverter<List<TaskField>, String> {

    private final TextListConverter lines = new TextListConverter();

    @Override
    public String convertToDatabaseColumn(List<TaskField> fields) {
        return lines.convertToDatabaseColumn(fields == null ? null : fields.stream().map(TaskField::key).toList());
    }

    @Override
    public List<TaskField> convertToEntityAttribute(String column) {
        return new ArrayList<>(lines.convertToEntityAttribute(column).stream().map(TaskField::of).toList());
    }
}
