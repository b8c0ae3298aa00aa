package vn.soi.corpora.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.soi.indexer.normalize.LegacyEncoding;
import vn.soi.indexer.normalize.LegacyFontConverter;

/**
 * Splits a paragraph into the Word runs a typist would have produced in a given font family: one Unicode run in Times
 * New Roman, one VNI run, or for TCVN3 alternating ".VnTime" and ".VnTimeH" runs.
 *
 * <p>TCVN3 (.VnTime) holds every lowercase letter but only the capitals A-Z and Ă Â Ê Ô Ơ Ư Đ: its toned capitals sit
 * at TCVN 5712 positions that are control characters, invalid in XML. Typists wrote such capitals in the companion
 * capitals font ".VnTimeH", which draws the lowercase codes as capitals. So every maximal stretch without a lowercase
 * letter that holds such a capital goes into a ".VnTimeH" run of lowercase codes; the rest stays in ".VnTime". VNI has
 * codes for every capital and needs no split.
 */
final class FontRuns {

    /** The Unicode font of plain Word documents. */
    static final String UNICODE_FONT = "Times New Roman";
    /** The TCVN3 (ABC) text font. */
    static final String TCVN3_FONT = ".VnTime";
    /** The TCVN3 capitals font: lowercase codes drawn as capitals. */
    static final String TCVN3_CAPITALS_FONT = ".VnTimeH";
    /** The VNI text font. */
    static final String VNI_FONT = "VNI-Times";

    /** Capitals with a diacritic that .VnTime holds. */
    private static final String TCVN3_BASE_CAPITALS = "ĂÂÊÔƠƯĐ";

    /**
     * One run: its font and the characters stored in the file (legacy codes for legacy fonts).
     *
     * @param font the font name written on the run
     * @param text the stored characters, not empty
     */
    record Run(String font, String text) {
        Run {
            Objects.requireNonNull(font, "font");
            if (text == null || text.isEmpty()) {
                throw new IllegalArgumentException("empty run in font " + font);
            }
        }
    }

    private FontRuns() {
    }

    /** The paragraph as one Unicode run (nothing for an empty paragraph). */
    static List<Run> unicode(String text) {
        return single(UNICODE_FONT, text);
    }

    /** The paragraph as one VNI run of VNI codes (nothing for an empty paragraph). */
    static List<Run> vni(String text) {
        return single(VNI_FONT, LegacyFontConverter.fromUnicode(text, LegacyEncoding.VNI));
    }

    /** The paragraph as ".VnTime" and ".VnTimeH" runs of TCVN3 codes, in order. */
    static List<Run> tcvn3(String text) {
        List<Run> runs = new ArrayList<>();
        int plainFrom = 0;
        int i = 0;
        while (i < text.length()) {
            if (Character.isLowerCase(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            boolean needsCapitals = false;
            while (end < text.length() && !Character.isLowerCase(text.charAt(end))) {
                needsCapitals |= notInVnTime(text.charAt(end));
                end++;
            }
            if (needsCapitals) {
                addTcvn3(runs, TCVN3_FONT, text.substring(plainFrom, i));
                addTcvn3(runs, TCVN3_CAPITALS_FONT, text.substring(i, end).toLowerCase(Locale.ROOT));
                plainFrom = end;
            }
            i = end;
        }
        addTcvn3(runs, TCVN3_FONT, text.substring(plainFrom));
        return runs;
    }

    /** A capital with a tone or a diacritic that .VnTime has no code for. */
    private static boolean notInVnTime(char c) {
        return Character.isUpperCase(c) && c > 0x7F && TCVN3_BASE_CAPITALS.indexOf(c) < 0;
    }

    private static void addTcvn3(List<Run> runs, String font, String unicode) {
        if (!unicode.isEmpty()) {
            runs.add(new Run(font, LegacyFontConverter.fromUnicode(unicode, LegacyEncoding.TCVN3)));
        }
    }

    private static List<Run> single(String font, String text) {
        return text.isEmpty() ? List.of() : List.of(new Run(font, text));
    }
}
