package vn.dtiplan.domain.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where API tokens are kept, by owner. Not tenant-owned: a token is read before any scope
 * exists (at sign-in), and its owner is the only one who lists or revokes it.
 */
public interface ApiTokens {

    /** Stores a token of {@code username} with the digest of its secret; returns its id. */
    long add(String username, ApiToken token, String digest);

    /** The owner's tokens, newest first, expired ones included until removed. */
    List<ApiToken> list(String username);

    /** Removes one of the owner's tokens; false when it has none of that id. */
    boolean revoke(String username, long id);

    /** The caller a still valid token of an enabled account signs in as. */
    Optional<Caller> caller(String digest, Instant now);

    /** A signed-in account: its name and roles. */
    record Caller(String username, Set<String> roles) {
    }
}
