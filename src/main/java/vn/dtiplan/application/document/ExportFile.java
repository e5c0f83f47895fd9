package vn.dtiplan.application.document;

/** An exported file: a base name from the data (a plan number, a unit code and year) and the bytes. */
public record ExportFile(String baseName, byte[] content) {
}
