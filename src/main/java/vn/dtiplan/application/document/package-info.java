/**
 * Official documents of stored records: a plan as its Decree 30 document (DOCX, PDF) and its
 * task table (Excel), for callers who may see the plan.
 */
package vn.dtiplan.application.document;
