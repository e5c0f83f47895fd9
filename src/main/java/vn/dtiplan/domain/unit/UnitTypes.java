package vn.dtiplan.domain.unit;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The kind of a unit (its {@code unit_type}) read from the start of its Vietnamese name, else from its level. */
public final class UnitTypes {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("thành phố", "thanh-pho");
        PREFIXES.put("tỉnh", "tinh");
        PREFIXES.put("thị xã", "thi-xa");
        PREFIXES.put("quận", "quan");
        PREFIXES.put("huyện", "huyen");
        PREFIXES.put("phường", "phuong");
        PREFIXES.put("thị trấn", "thi-tran");
        PREFIXES.put("đặc khu", "dac-khu");
        PREFIXES.put("xã", "xa");
        PREFIXES.put("khu phố", "khu-pho");
        PREFIXES.put("tổ dân phố", "to-dan-pho");
        PREFIXES.put("thôn", "thon");
        PREFIXES.put("ấp", "ap");
        PREFIXES.put("bản", "ban");
    }

    private UnitTypes() {
    }

    public static String of(String name, UnitLevel level) {
        String lower = name == null ? "" : name.strip().toLowerCase(VI);
        return PREFIXES.entrySet().stream().filter(e -> lower.startsWith(e.getKey() + " "))
                .map(Map.Entry::getValue).findFirst().orElse(level.name().toLowerCase(Locale.ROOT));
    }
}
