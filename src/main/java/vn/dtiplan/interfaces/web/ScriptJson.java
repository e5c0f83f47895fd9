package vn.dtiplan.interfaces.web;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import java.io.StringWriter;

/**
 * JSON that is safe inside an HTML {@code <script>} element, the one way the screens hand JSON to
 * a page ({@code p:chart} writes its configuration into the page's script verbatim). The
 * JSON-P writer escapes quotes, backslashes and control characters; this also escapes
 * {@code <}, {@code >} and {@code &} (so no text can close the script element or open a comment)
 * and U+2028/U+2029 (line ends to older JavaScript) as {@code \}{@code uXXXX}. Those characters
 * only ever occur inside JSON strings, where the escape means the same character.
 */
final class ScriptJson {

    private ScriptJson() {
    }

    static String write(JsonStructure value) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.write(value);
        }
        return escape(out.toString());
    }

    private static String escape(String json) {
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<', '>', '&', '\u2028', '\u2029' -> safe.append(String.format("\\u%04x", (int) c));
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
