/**
 * Official documents and office files of stored records: a plan as its Decree 30 document
 * (DOCX, PDF) and its task table, and the Excel exports of the matrix, progress, ranking and
 * scorecard screens, each for callers who may see what it holds.
 */
package vn.dtiplan.application.document;
