package vn.dtiplan.infrastructure.bootstrap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * Reads the official unit lists ({@code code,name,type,level,parent_code}, as in
 * shared/data/units-2024.csv and units-2025.csv; CRLF or LF). The 2025 list leaves the type
 * empty; it is then taken from the name ("Phường …" → phuong, "Xã …" → xa, "Đặc khu …" → dac-khu).
 */
public final class UnitCsv {

    /** One line of the list. {@code parentCode} is empty for a province. */
    public record Row(String code, String name, String type, UnitLevel level, String parentCode) {
    }

    private UnitCsv() {
    }

    public static List<Row> read(Reader source) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            String header = reader.readLine();
            if (header == null || !header.strip().startsWith("code,name,type,level,parent_code")) {
                throw new IllegalArgumentException("not a unit list: expected header code,name,type,level,parent_code");
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    rows.add(row(line, number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Row row(String line, int number) {
        String[] f = line.split(",", -1);
        if (f.length != 5) {
            throw new IllegalArgumentException("line " + number + ": expected 5 fields, found " + f.length);
        }
        String name = f[1].strip().replaceAll("\\s+", " ");
        String type = f[2].strip().isEmpty() ? typeFromName(name) : f[2].strip();
        return new Row(f[0].strip(), name, type, UnitLevel.valueOf(f[3].strip()), f[4].strip());
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
