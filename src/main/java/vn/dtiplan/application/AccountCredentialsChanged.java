package vn.dtiplan.application;

/**
 * Fired (synchronously, inside the changing transaction) when an account's password, roles or
 * enabled flag changed: whatever caches a credential or a caller's roles forgets {@code username}.
 * The one call site is {@code AccountService.update}; a credential cache observes it.
 */
public record AccountCredentialsChanged(String username) {
}
