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

    /** One line of the list ({@code line} from 1, the header being line 1). {@code parentCode} is empty for a province. */
    public record Row(String code, String name, String type, UnitLevel level, String parentCode, long line) {
    }

    /** A list read to the end: its rows, and every problem with its line (then nothing may be imported). */
    public record Checked(List<Row> rows, List<String> problems) {
    }

    private UnitCsv() {
    }

    /**
     * Reads the whole list and checks it (fields, codes, parents, levels), collecting every
     * problem as {@code "<file> line <n>: …"} instead of stopping at the first.
     */
    public static Checked readChecked(Reader source, String file) {
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(source, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext() || !isHeader(records.next())) {
                return new Checked(List.of(), List.of(file + " line 1: expected the header " + String.join(",", HEADER)));
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                String problem = problem(record);
                if (problem == null) {
                    rows.add(row(record, line));
                } else {
                    problems.add(file + " line " + line + ": " + problem);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(file + ": not readable as CSV (" + e.getMessage() + ")");
        }
        if (problems.isEmpty()) {
            problems.addAll(UnitListCheck.problems(file, rows));
        }
        return new Checked(rows, problems);
    }

    private static String problem(CSVRecord f) {
        if (f.size() != HEADER.size()) {
            return "expected 5 fields, found " + f.size();
        }
        if (f.get(0).isBlank() || f.get(1).isBlank()) {
            return "code and name are required";
        }
        if (f.get(0).strip().length() > 16 || f.get(1).strip().length() > 200) {
            return "code or name too long";
        }
        return UnitListCheck.isLevel(f.get(3).strip()) ? null : "unknown level '" + f.get(3).strip() + "'";
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
        return new Row(f.get(0).strip(), name, type, UnitLevel.valueOf(f.get(3).strip()), f.get(4).strip(), line);
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
