/**
 * E-mail of notifications through Jakarta Mail, only when an SMTP host is configured.
 */
package vn.dtiplan.interfaces.mail;
