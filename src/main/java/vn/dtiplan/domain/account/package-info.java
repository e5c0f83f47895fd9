/**
 * Accounts, their roles, the scope an account grants, and the sign-in throttle.
 */
package vn.dtiplan.domain.account;
