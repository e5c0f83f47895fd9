package vn.dtiplan.infrastructure.bootstrap;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * Reads the official unit lists ({@code code,name,type,level,parent_code}, as in
 * shared/data/units-2024.csv and units-2025.csv; CRLF or LF). The 2025 list leaves the type
 * empty; it is then taken from the name ("Phường …" → phuong, "Xã …" → xa, "Đặc khu …" → dac-khu).
 * Parsed as RFC 4180 by Apache Commons CSV, so a quoted name may hold a comma.
 */
public final class UnitCsv {

    private static final List<String> HEADER = List.of("code", "name", "type", "level", "parent_code");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** One line of the list. {@code parentCode} is empty for a province. */
    public record Row(String code, String name, String type, UnitLevel level, String parentCode) {
    }

    private UnitCsv() {
    }

    public static List<Row> read(Reader source) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(source, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext() || !isHeader(records.next())) {
                throw new IllegalArgumentException("not a unit list: expected header code,name,type,level,parent_code");
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() > 1 || !record.get(0).isBlank()) {
                    rows.add(row(record, parser.getCurrentLineNumber()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static boolean isHeader(CSVRecord header) {
        return header.size() >= HEADER.size() && header.toList().subList(0, HEADER.size()).stream()
                .map(String::strip).toList().equals(HEADER);
    }

    private static Row row(CSVRecord f, long line) {
        if (f.size() != HEADER.size()) {
            throw new IllegalArgumentException("line " + line + ": expected 5 fields, found " + f.size());
        }
        String name = f.get(1).strip().replaceAll("\\s+", " ");
        String type = f.get(2).strip().isEmpty() ? typeFromName(name) : f.get(2).strip();
        return new Row(f.get(0).strip(), name, type, UnitLevel.valueOf(f.get(3).strip()), f.get(4).strip());
    }

    static String typeFromName(String name) {
        String lower = name.toLowerCase(Locale.forLanguageTag("vi"));
        if (lower.startsWith("phường")) {
            return "phuong";
        }
        if (lower.startsWith("đặc khu")) {
            return "dac-khu";
        }
        if (lower.startsWith("thị trấn")) {
            return "thi-tran";
        }
        return lower.startsWith("xã") ? "xa" : "khac";
    }
}
