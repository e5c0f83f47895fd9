package vn.dtiplan.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import vn.dtiplan.application.PublicUnitView;

/**
 * The public page of a unit as JSON (docs/api.md, {@code GET /public/units/{code}}; absent values are
 * explicit nulls) and the entity tag of a representation, shared by the API and the page
 * ({@code /cong-khai/{code}}), which answer 304 to a request that already holds it.
 */
public final class PublicJson {

    /** One public answer may be kept by browsers and shared caches for five minutes. */
    public static final String CACHE_CONTROL = "public, max-age=300";

    private PublicJson() {
    }

    public static String of(PublicUnitView unit) {
        JsonArrayBuilder plans = Json.createArrayBuilder();
        unit.plans().forEach(p -> plans.add(Json.createObjectBuilder().add("number", p.number()).add("title", p.title())
                .add("issued", p.issued() == null ? null : p.issued().toString()).add("tasks", p.tasks())
                .add("done", p.done()).add("overdue", p.overdue())));
        JsonArrayBuilder scores = Json.createArrayBuilder();
        unit.scores().forEach(s -> {
            JsonObjectBuilder score = Json.createObjectBuilder().add("year", s.year()).add("kind", s.kind());
            nullable(score, "total", s.total());
            nullable(score, "max", s.max());
            nullable(score, "rank", s.rank());
            nullable(score, "of", s.of());
            scores.add(score);
        });
        JsonObjectBuilder json = Json.createObjectBuilder().add("code", unit.code()).add("name", unit.name())
                .add("plans", plans);
        nullable(json, "onTimeReporting", unit.onTimeReporting());
        return json.add("scores", scores).build().toString();
    }

    private static void nullable(JsonObjectBuilder json, String name, Number value) {
        if (value == null) {
            json.addNull(name);
        } else if (value instanceof Integer i) {
            json.add(name, i);
        } else {
            json.add(name, new java.math.BigDecimal(value.toString()).stripTrailingZeros());
        }
    }

    /** A strong entity tag of the representation's bytes (a SHA-256 prefix), quoted. */
    public static String etag(String representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation.getBytes(StandardCharsets.UTF_8));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an {@code If-None-Match} header names this tag (or is {@code *}). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
