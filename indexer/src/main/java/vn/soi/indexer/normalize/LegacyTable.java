package vn.soi.indexer.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * One legacy encoding's conversion table, read once from its resource ({@link LegacyEncoding#tableResource()}).
 * Conversion to Unicode is a greedy longest match over the legacy spellings (one or two characters); conversion from
 * Unicode maps each NFC character to its first (preferred) legacy spelling and leaves characters without one unchanged.
 */
final class LegacyTable {

    private static final Map<LegacyEncoding, LegacyTable> TABLES = loadAll();

    private final LegacyEncoding encoding;
    /** Legacy spellings of one character (all below U+0100), indexed by that character. */
    private final String[] singles = new String[0x100];
    /** Legacy spellings of two characters, keyed by {@code first << 16 | second}. */
    private final Map<Integer, String> pairs;
    private final Map<Integer, String> fromUnicode;
    private final boolean[] legacyChars = new boolean[0x100];

    private LegacyTable(LegacyEncoding encoding, Map<String, String> toUnicode, Map<Integer, String> fromUnicode) {
        this.encoding = encoding;
        this.fromUnicode = Map.copyOf(fromUnicode);
        Map<Integer, String> twoChars = new HashMap<>();
        for (Map.Entry<String, String> entry : toUnicode.entrySet()) {
            String legacy = entry.getKey();
            for (int i = 0; i < legacy.length(); i++) {
                char c = legacy.charAt(i);
                if (c >= 0x80 && c < 0x100 || c < 0x20) {
                    legacyChars[c] = true;
                }
            }
            if (legacy.length() == 1) {
                singles[legacy.charAt(0)] = entry.getValue();
            } else {
                twoChars.put(legacy.charAt(0) << 16 | legacy.charAt(1), entry.getValue());
            }
        }
        this.pairs = Map.copyOf(twoChars);
    }

    static LegacyTable of(LegacyEncoding encoding) {
        return TABLES.get(encoding);
    }

    LegacyEncoding encoding() {
        return encoding;
    }

    /** Whether the character is a non-ASCII character that occurs in a legacy spelling of this table. */
    boolean isLegacyChar(char c) {
        return c < 0x100 && legacyChars[c];
    }

    String toUnicode(CharSequence legacy) {
        StringBuilder out = new StringBuilder(legacy.length());
        boolean marks = false;
        int n = legacy.length();
        int i = 0;
        while (i < n) {
            char c = legacy.charAt(i);
            String pair = i + 1 < n && c < 0x100 ? pairs.get(c << 16 | legacy.charAt(i + 1)) : null;
            String single = c < 0x100 ? singles[c] : null;
            if (pair != null) {
                out.append(pair);
                i += 2;
            } else if (single != null) {
                out.append(single);
                marks |= single.charAt(0) >= '\u0300' && single.charAt(0) <= '\u036F';
                i++;
            } else {
                out.append(c);
                marks |= c >= '\u0300' && c <= '\u036F';
                i++;
            }
        }
        return marks ? Normalizer.normalize(out, Normalizer.Form.NFC) : out.toString();
    }

    String fromUnicode(String unicode) {
        String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length() + nfc.length() / 2);
        nfc.codePoints().forEach(cp -> {
            String legacy = fromUnicode.get(cp);
            if (legacy == null) {
                out.appendCodePoint(cp);
            } else {
                out.append(legacy);
            }
        });
        return out.toString();
    }

    private static Map<LegacyEncoding, LegacyTable> loadAll() {
        Map<LegacyEncoding, LegacyTable> tables = new EnumMap<>(LegacyEncoding.class);
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            tables.put(encoding, load(encoding));
        }
        return tables;
    }

    private static LegacyTable load(LegacyEncoding encoding) {
        String resource = encoding.tableResource();
        Map<String, String> toUnicode = new HashMap<>();
        Map<Integer, String> fromUnicode = new HashMap<>();
        for (ResourceTable.Row row : ResourceTable.read(resource)) {
            int lineNumber = row.line();
            String[] fields = row.fields();
            if (fields.length < 2) {
                throw new IllegalStateException(
                        resource + ":" + lineNumber + ": expected 'unicode<TAB>legacy', got '" + row.raw() + "'");
            }
            String unicode = codePoints(fields[0], resource, lineNumber);
            if (unicode.codePointCount(0, unicode.length()) != 1) {
                throw new IllegalStateException(
                        resource + ":" + lineNumber + ": the Unicode field must be one letter");
            }
            fromUnicode.put(unicode.codePointAt(0), codePoints(fields[1], resource, lineNumber));
            for (int f = 1; f < fields.length; f++) {
                String legacy = codePoints(fields[f], resource, lineNumber);
                if (legacy.length() > 2 || legacy.charAt(0) >= 0x100) {
                    throw new IllegalStateException(resource + ":" + lineNumber + ": a legacy spelling is one"
                            + " or two characters, the first below U+0100: '" + fields[f].strip() + "'");
                }
                String previous = toUnicode.put(legacy, unicode);
                if (previous != null) {
                    throw new IllegalStateException(resource + ":" + lineNumber + ": legacy spelling '"
                            + fields[f].strip() + "' already maps to " + previous);
                }
            }
        }
        return new LegacyTable(encoding, toUnicode, fromUnicode);
    }

    private static String codePoints(String field, String resource, int lineNumber) {
        StringBuilder out = new StringBuilder();
        for (String hex : field.strip().split(" +")) {
            try {
                out.appendCodePoint(Integer.parseInt(hex, 16));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(resource + ":" + lineNumber + ": bad code point '" + hex + "'", e);
            }
        }
        return out.toString();
    }
}
