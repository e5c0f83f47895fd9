package vn.dtiplan.interfaces.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import vn.dtiplan.domain.StaleVersionException;

/**
 * Optimistic concurrency on the API: a record's {@code @Version} is its {@code ETag} (a strong
 * tag, {@code "7"}); {@code If-Match} names the version an edit was made on. {@code *} or no
 * header checks nothing here (whether a version is required is the endpoint's choice); a tag that
 * is not one of ours can match no version, so it is refused as stale (412).
 */
final class Versions {

    private Versions() {
    }

    static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** A 200 answer carrying {@code entity} and its version as {@code ETag}. */
    static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(tag(version)).build();
    }

    /** The version {@code If-Match} names; null when absent or {@code *}. */
    static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        if (!tag.matches("[0-9]{1,18}")) {
            throw new StaleVersionException();
        }
        return Long.valueOf(tag);
    }
}
