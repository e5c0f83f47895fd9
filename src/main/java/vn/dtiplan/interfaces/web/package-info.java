/**
 * Faces screens: one {@code @Named @ViewScoped} bean per screen, named after it, plus the
 * session-wide language choice and the signed-in user's header. Texts come from the
 * {@code messages} bundle (Vietnamese default, English second).
 */
package vn.dtiplan.interfaces.web;
