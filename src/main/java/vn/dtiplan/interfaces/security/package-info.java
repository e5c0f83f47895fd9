/**
 * Sign-in: form sign-in with a session for screens, HTTP Basic without a session for {@code /api},
 * one database identity store with PBKDF2 hashes, and a throttle on failed attempts.
 */
package vn.dtiplan.interfaces.security;
