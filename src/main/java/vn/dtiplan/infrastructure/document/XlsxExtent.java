package vn.dtiplan.infrastructure.document;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import vn.dtiplan.domain.workbook.WorkbookLimits;
import vn.dtiplan.domain.workbook.WorkbookLimits.Extent;

/**
 * Measures the sheets of an .xlsx file by streaming their XML ({@code <row>} and {@code <c>}
 * elements; a cell holds data when it has a value, inline text or a formula), without building
 * the workbook: memory stays flat whatever the file holds. A sheet stops being read once it is
 * past a limit of {@link WorkbookLimits}; more than {@value #MAX_XML_BYTES} bytes of unpacked
 * XML (a zip bomb) is not a workbook.
 */
final class XlsxExtent {

    static final long MAX_XML_BYTES = 256L * 1024 * 1024;
    private static final String SHEET_PREFIX = "xl/worksheets/";
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private XlsxExtent() {
    }

    /** The extent of each worksheet, named as in the workbook; throws when the file is not a zip of XML parts. */
    static List<Extent> measure(byte[] xlsx) throws IOException, XMLStreamException {
        Map<String, String> relationTargets = new HashMap<>();
        Map<String, String> sheetRelations = new HashMap<>();
        List<Extent> measured = new ArrayList<>();
        long[] unpacked = {0};
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(xlsx), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                InputStream part = counted(zip, unpacked);
                String name = entry.getName().startsWith("/") ? entry.getName().substring(1) : entry.getName();
                if (name.startsWith(SHEET_PREFIX) && name.endsWith(".xml") && name.indexOf('/', SHEET_PREFIX.length()) < 0) {
                    Extent sheet = sheet(name, part);
                    measured.add(sheet);
                    if (pastLimit(sheet)) {
                        break;
                    }
                } else if (name.equals("xl/workbook.xml")) {
                    attributes(part, "sheet", "id", "name", sheetRelations);
                } else if (name.equals("xl/_rels/workbook.xml.rels")) {
                    attributes(part, "Relationship", "Id", "Target", relationTargets);
                }
                part.transferTo(OutputStream.nullOutputStream());
            }
        }
        Map<String, String> sheetNames = new HashMap<>();
        relationTargets.forEach((id, target) -> {
            String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
            if (sheetRelations.containsKey(id)) {
                sheetNames.put(part, sheetRelations.get(id));
            }
        });
        return measured.stream().map(e -> new Extent(sheetNames.getOrDefault(e.sheet(),
                e.sheet().substring(SHEET_PREFIX.length())), e.lastRow(), e.lastColumn(), e.cells(), e.elements())).toList();
    }

    private static Extent sheet(String part, InputStream xml) throws XMLStreamException {
        XMLStreamReader reader = XML.createXMLStreamReader(xml);
        int row = 0;
        int column = 0;
        int lastRow = 0;
        int lastColumn = 0;
        long cells = 0;
        long elements = 0;
        boolean counted = false;
        try {
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (reader.getLocalName()) {
                    case "row" -> {
                        elements++;
                        String r = reader.getAttributeValue(null, "r");
                        row = r == null ? row + 1 : Integer.parseInt(r);
                        column = 0;
                    }
                    case "c" -> {
                        elements++;
                        String r = reader.getAttributeValue(null, "r");
                        column = r == null ? column + 1 : column(r);
                        counted = false;
                    }
                    case "v", "is", "f" -> {
                        if (!counted) {
                            counted = true;
                            cells++;
                            lastRow = Math.max(lastRow, row);
                            lastColumn = Math.max(lastColumn, column);
                        }
                    }
                    default -> {
                        // other elements (formatting, merged cells, …) do not count
                    }
                }
                if (pastLimit(new Extent(part, lastRow, lastColumn, cells, elements))) {
                    break;
                }
            }
        } finally {
            reader.close();
        }
        return new Extent(part, lastRow, lastColumn, cells, elements);
    }

    private static boolean pastLimit(Extent e) {
        return e.lastRow() > WorkbookLimits.MAX_ROWS || e.lastColumn() > WorkbookLimits.MAX_COLUMNS
                || e.cells() > WorkbookLimits.MAX_CELLS || e.elements() > WorkbookLimits.MAX_ELEMENTS;
    }

    /** The column number (from 1) of a cell reference such as {@code AB12}. */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column;
    }

    private static void attributes(InputStream xml, String element, String key, String value, Map<String, String> into)
            throws XMLStreamException {
        XMLStreamReader reader = XML.createXMLStreamReader(xml);
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals(element)) {
                    String k = null;
                    String v = null;
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        if (reader.getAttributeLocalName(i).equals(key)) {
                            k = reader.getAttributeValue(i);
                        } else if (reader.getAttributeLocalName(i).equals(value)) {
                            v = reader.getAttributeValue(i);
                        }
                    }
                    if (k != null && v != null) {
                        into.put(k, v);
                    }
                }
            }
        } finally {
            reader.close();
        }
    }

    private static InputStream counted(InputStream in, long[] total) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                add(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                add(Math.max(n, 0));
                return n;
            }

            @Override
            public void close() {
                // the zip stream stays open for the next part
            }

            private void add(int n) throws IOException {
                total[0] += n;
                if (total[0] > MAX_XML_BYTES) {
                    throw new IOException("more than " + MAX_XML_BYTES + " bytes of XML");
                }
            }
        };
    }
}
