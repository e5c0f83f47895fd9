package vn.dtiplan.domain.document;

import java.util.List;
import java.util.Locale;

/**
 * How documents name a unit from its official name ("Thành phố Vũng Tàu", "Phường 2").
 *
 * <p>The committee is "Ủy ban nhân dân thành phố Vũng Tàu": the kind of unit is lower case
 * inside a sentence, except before a number, where it is the name itself ("Ủy ban nhân dân
 * Phường 2"). The place in the date line is the unit's proper name without its kind
 * ("Vũng Tàu", "Hoàng Văn Thụ"), or the whole name when the name is a number ("Phường 2").
 */
public final class UnitNames {

    private static final List<String> KINDS = List.of("Thành phố", "Thị xã", "Thị trấn", "Tỉnh", "Huyện", "Quận",
            "Phường", "Xã", "Đặc khu");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private UnitNames() {
    }

    public static String committee(String unitName) {
        String name = Text.required(unitName, "unitName");
        String kind = kindOf(name);
        if (kind == null || numbered(name, kind)) {
            return "Ủy ban nhân dân " + name;
        }
        return "Ủy ban nhân dân " + kind.toLowerCase(VIETNAMESE) + name.substring(kind.length());
    }

    /** "UBND thành phố Vũng Tàu": the committee as plans cite it in running text. */
    public static String committeeShort(String unitName) {
        return committee(unitName).replaceFirst("^Ủy ban nhân dân", "UBND");
    }

    /** "UBND phường", "UBND xã", "UBND thành phố": the committee by its kind of unit alone (else {@link #committeeShort}). */
    public static String committeeOfKind(String unitName) {
        String kind = kindOf(Text.required(unitName, "unitName"));
        return kind == null ? committeeShort(unitName) : "UBND " + kind.toLowerCase(VIETNAMESE);
    }

    /**
     * Who leads a task of the unit, as documents and screens name it: the lead as written; no
     * lead, or the unit itself ("Phường 2", "UBND Phường 2": a ward's copy of a task its city
     * gave "UBND các phường"), is the unit's committee by its kind, "UBND phường" — a unit never
     * leads itself.
     */
    public static String leadOf(String unitName, String lead) {
        String written = Text.optional(lead);
        String unit = Text.required(unitName, "unitName").strip();
        boolean own = written == null || written.equalsIgnoreCase(unit) || written.equalsIgnoreCase(committee(unit))
                || written.equalsIgnoreCase(committeeShort(unit));
        return own ? committeeOfKind(unit) : written.strip();
    }

    public static String place(String unitName) {
        String name = Text.required(unitName, "unitName");
        String kind = kindOf(name);
        return kind == null || numbered(name, kind) ? name : name.substring(kind.length()).strip();
    }

    private static String kindOf(String name) {
        return KINDS.stream().filter(k -> name.startsWith(k + " ")).findFirst().orElse(null);
    }

    private static boolean numbered(String name, String kind) {
        return Character.isDigit(name.substring(kind.length()).strip().charAt(0));
    }
}
