/** Reorganisations of the administrative tree: drafts, previews, application, unit history. */
package vn.dtiplan.application.reorganisation;
