/**
 * Interfaces: Faces views with one {@code @Named @ViewScoped} bean per screen, the REST
 * resources under {@code /api}, and sign-in (one authentication mechanism for both).
 */
package vn.dtiplan.interfaces;
