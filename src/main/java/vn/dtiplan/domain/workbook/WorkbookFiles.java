package vn.dtiplan.domain.workbook;

import java.util.List;

/** Reads and writes Excel workbooks as {@link Grid}s (implemented in infrastructure). */
public interface WorkbookFiles {

    /** The sheets of an .xlsx file, in order; refused with {@code import.file.unreadable} when it is not one. */
    List<Grid> read(byte[] xlsx);

    /** An .xlsx file of these sheets: text cells in text format (codes such as 1.10 stay text), figures as numbers. */
    byte[] write(List<Grid> sheets);
}
