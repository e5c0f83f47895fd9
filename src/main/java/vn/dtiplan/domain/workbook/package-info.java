/**
 * Excel files as plain data: a workbook is a list of {@link vn.dtiplan.domain.workbook.Grid}s,
 * read and written by the {@link vn.dtiplan.domain.workbook.WorkbookFiles} port (implemented with
 * Apache POI in infrastructure). The layouts of the framework and scores sheets, and the rules
 * that read them, live here as plain Java: an import with any problem imports nothing and names
 * the sheet, row and column of every problem.
 */
package vn.dtiplan.domain.workbook;
