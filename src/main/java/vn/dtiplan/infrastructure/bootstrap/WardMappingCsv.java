package vn.dtiplan.infrastructure.bootstrap;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads shared/data/ward-mappings-2025.csv: each old ward (before 1 July 2025) and the new ward
 * that took it over. Some lines name the old ward without its code (it is then found by its
 * ward, district and province names); a few name no old ward (a new special zone). Every
 * problem of form is collected with its line.
 */
public final class WardMappingCsv {

    private static final List<String> HEADER = List.of("old_ward_code", "old_ward_name", "old_district_name",
            "old_province_name", "new_ward_code", "new_ward_name", "new_province_name");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** One line: the old ward (its code may be empty) and the new ward's code. */
    public record Mapping(String oldCode, String oldName, String oldDistrict, String oldProvince, String newCode,
                          long line) {
    }

    /** The lines and every problem of form; a file with problems is imported not at all. */
    public record Checked(List<Mapping> mappings, List<String> problems) {
    }

    private WardMappingCsv() {
    }

    public static Checked read(Reader source, String file) {
        List<Mapping> mappings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(source, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext() || !records.next().toList().stream().map(String::strip).toList().equals(HEADER)) {
                return new Checked(List.of(), List.of(file + " line 1: expected the header " + String.join(",", HEADER)));
            }
            while (records.hasNext()) {
                CSVRecord r = records.next();
                long line = parser.getCurrentLineNumber();
                if (r.size() != HEADER.size()) {
                    problems.add(file + " line " + line + ": expected 7 fields, found " + r.size());
                } else if (r.get(4).isBlank()) {
                    problems.add(file + " line " + line + ": the new ward's code is required");
                } else {
                    mappings.add(new Mapping(r.get(0).strip(), r.get(1).strip(), r.get(2).strip(), r.get(3).strip(),
                            r.get(4).strip(), line));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(file + ": not readable as CSV (" + e.getMessage() + ")");
        }
        return new Checked(mappings, problems);
    }
}
