package vn.soi.indexer.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * One legacy encoding's conversion table, read once from its resource ({@link LegacyEncoding#tableResource()}).
 * Conversion to Unicode is a greedy longest match over the legacy spellings; conversion from Unicode maps each NFC
 * character to its first (preferred) legacy spelling and leaves characters without one unchanged.
 */
final class LegacyTable {

    private static final Map<LegacyEncoding, LegacyTable> TABLES = loadAll();

    private final LegacyEncoding encoding;
    private final Map<String, String> toUnicode;
    private final Map<Integer, String> fromUnicode;
    private final boolean[] legacyChars = new boolean[0x100];
    private final int longestLegacy;

    private LegacyTable(LegacyEncoding encoding, Map<String, String> toUnicode, Map<Integer, String> fromUnicode) {
        this.encoding = encoding;
        this.toUnicode = Map.copyOf(toUnicode);
        this.fromUnicode = Map.copyOf(fromUnicode);
        int longest = 0;
        for (String legacy : toUnicode.keySet()) {
            longest = Math.max(longest, legacy.length());
            for (int i = 0; i < legacy.length(); i++) {
                char c = legacy.charAt(i);
                if (c >= 0x80 && c < 0x100 || c < 0x20) {
                    legacyChars[c] = true;
                }
            }
        }
        this.longestLegacy = longest;
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
        int i = 0;
        int n = legacy.length();
        while (i < n) {
            int len = Math.min(longestLegacy, n - i);
            String match = null;
            while (len > 0) {
                match = toUnicode.get(legacy.subSequence(i, i + len).toString());
                if (match != null) {
                    break;
                }
                len--;
            }
            if (match == null) {
                out.append(legacy.charAt(i));
                i++;
            } else {
                out.append(match);
                i += len;
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
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
        try (InputStream in = LegacyTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("legacy font table resource missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                int comment = line.indexOf('#');
                String data = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (data.isEmpty()) {
                    continue;
                }
                String[] fields = data.split("\t");
                if (fields.length < 2) {
                    throw new IllegalStateException(resource + ":" + lineNumber + ": expected 'unicode<TAB>legacy', got '"
                            + line + "'");
                }
                String unicode = codePoints(fields[0], resource, lineNumber);
                if (unicode.codePointCount(0, unicode.length()) != 1) {
                    throw new IllegalStateException(resource + ":" + lineNumber + ": the Unicode field must be one letter");
                }
                fromUnicode.put(unicode.codePointAt(0), codePoints(fields[1], resource, lineNumber));
                for (int f = 1; f < fields.length; f++) {
                    String legacy = codePoints(fields[f], resource, lineNumber);
                    String previous = toUnicode.put(legacy, unicode);
                    if (previous != null) {
                        throw new IllegalStateException(resource + ":" + lineNumber + ": legacy spelling '"
                                + fields[f].strip() + "' already maps to " + previous);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read legacy font table " + resource, e);
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
