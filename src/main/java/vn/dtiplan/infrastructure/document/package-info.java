/**
 * Office files made from document models: the Decree 30 plan as DOCX (Apache POI) and PDF
 * (OpenPDF with embedded Liberation Serif), and Excel task tables.
 */
package vn.dtiplan.infrastructure.document;
