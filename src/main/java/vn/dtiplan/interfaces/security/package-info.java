/**
 * Sign-in: form sign-in with a session for screens, HTTP Basic without a session for {@code /api},
 * one database identity store with PBKDF2 hashes, a throttle on failed attempts, and optional
 * single sign-on through an OpenID Connect provider on {@code /sso/*}.
 */
package vn.dtiplan.interfaces.security;
