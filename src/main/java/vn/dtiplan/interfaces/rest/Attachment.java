package vn.dtiplan.interfaces.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The Content-Disposition of a downloaded file. The name comes from data (a plan number such
 * as "4638/KH-UBND"), so it is reduced to a safe ASCII name — diacritics dropped, "đ" to "d",
 * anything but letters, digits, dot, dash and underscore to "-" — which also rules out path
 * separators, quotes and header injection; the RFC 6266 {@code filename*} carries the same
 * name in UTF-8 for browsers that show it.
 */
public record Attachment(String fileName) {

    private static final int MAX = 100;

    public static Attachment of(String baseName, String extension) {
        String ascii = Normalizer.normalize(baseName == null ? "" : baseName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D')
                .replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (ascii.isEmpty()) {
            ascii = "tai-lieu";
        }
        if (ascii.length() > MAX) {
            ascii = ascii.substring(0, MAX);
        }
        return new Attachment(ascii + "." + extension);
    }

    public String header() {
        return "attachment; filename=\"" + fileName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
