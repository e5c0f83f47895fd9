package vn.dtiplan.domain.plan;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A short list of lines (legal bases, recipients, coordinating units, target units) in one
 * text column, one item per line. Items are single lines by construction (see {@link #clean}).
 */
@Converter
public class TextListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> items) {
        return items == null || items.isEmpty() ? null : String.join("\n", items);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? new ArrayList<>() : new ArrayList<>(List.of(column.split("\n")));
    }

    /** Non-blank items, each on one line with single spaces, in order. */
    public static List<String> clean(List<String> items) {
        return items == null ? List.of() : items.stream().filter(s -> s != null && !s.isBlank())
                .map(s -> s.strip().replaceAll("\\s+", " ")).toList();
    }

    /** The items of a comma- or semicolon-separated phrase ("Phòng Nội vụ; Phòng Kinh tế"). */
    public static List<String> split(String phrase) {
        return phrase == null ? List.of() : clean(Arrays.asList(phrase.split("[;\n]")));
    }
}
