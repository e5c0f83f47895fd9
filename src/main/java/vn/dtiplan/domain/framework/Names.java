package vn.dtiplan.domain.framework;

import java.text.Normalizer;
import java.util.Locale;

/** Pillar names as keys: Unicode NFC, single spaces, case ignored ("Chính quyền số" = "chính  quyền số"). */
public final class Names {

    private Names() {
    }

    public static String clean(String name) {
        return name == null ? null : Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    public static String key(String name) {
        return name == null ? null : clean(name).toLowerCase(Locale.ROOT);
    }
}
