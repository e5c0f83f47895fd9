/**
 * Official documents as plain data: a plan laid out as a Vietnamese administrative document
 * (Decree 30/2020/NĐ-CP, Appendix I), independent of how it is stored or rendered, with the
 * wording rules of its fixed parts (number line, place and date line, capitalised bodies);
 * and tables to hand out as Excel sheets ({@link vn.dtiplan.domain.document.Table}).
 */
package vn.dtiplan.domain.document;
