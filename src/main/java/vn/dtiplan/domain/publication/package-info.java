/**
 * What a unit shows to everyone without sign-in: the rule of the public transparency page.
 */
package vn.dtiplan.domain.publication;
