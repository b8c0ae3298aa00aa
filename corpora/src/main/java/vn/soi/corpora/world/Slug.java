package vn.soi.corpora.world;

import java.text.Normalizer;
import java.util.Locale;

/** ASCII file names from Vietnamese names. */
public final class Slug {

    private Slug() {
    }

    /** "Phòng Nội vụ" to "phong-noi-vu". */
    public static String of(String text) {
        String d = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return d.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
