package vn.soi.indexer.normalize;

/**
 * Step 2: no-break and other fixed-width spaces (U+00A0, U+2007, U+202F, U+2000-U+200A, U+205F, U+3000) become a plain
 * space; zero-width characters (U+200B-U+200D, U+2060 word joiner, U+FEFF byte-order mark) and the soft hyphen U+00AD
 * are removed; the Unicode line and paragraph separators become a line break. Runs after {@link LegacyFontStep},
 * because in TCVN3 text U+00AD is the letter 'ư', and before {@link PrecomposeStep}, because a zero-width character
 * between a letter and its combining mark would otherwise block composition.
 */
public final class InvisibleCharacterStep implements NormalizationStep {

    /** Creates the step. */
    public InvisibleCharacterStep() {
    }

    @Override
    public String name() {
        return "invisible-characters";
    }

    @Override
    public String apply(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char replacement = replacement(c);
            if (replacement != c && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && replacement != '\0') {
                out.append(replacement);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The character {@code c} becomes: itself, a space, a line break, or NUL for "removed". */
    private static char replacement(char c) {
        if (c < 0xA0) {
            return c;
        }
        return switch (c) {
            case '\u00A0', '\u2007', '\u202F', '\u205F', '\u3000' -> ' ';
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> '\0';
            case '\u2028', '\u2029' -> '\n';
            default -> c >= '\u2000' && c <= '\u200A' ? ' ' : c;
        };
    }
}
