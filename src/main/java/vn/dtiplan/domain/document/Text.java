package vn.dtiplan.domain.document;

import java.util.List;

/** Normalisation of the free text that goes into a document: trimmed, single-spaced. */
final class Text {

    private Text() {
    }

    static String required(String value, String name) {
        String text = optional(value);
        if (text == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return text;
    }

    static String optional(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip().replaceAll("[ \\t\\u00A0]+", " ");
        return text.isEmpty() ? null : text;
    }

    static String orEmpty(String value) {
        String text = optional(value);
        return text == null ? "" : text;
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
