package vn.soi.indexer.normalize;

/**
 * Step 8: undoes hyphenation at line ends. Only a lowercase letter, a hyphen (U+002D or U+2010), a line break and a
 * lowercase letter qualify, so ranges ("2023-\n2024"), document numbers ("124-\nQĐ/TW"), proper-name compounds
 * ("Mác-\nLênin") and a dash after a space ("Hồ Chí Minh -\n") are left alone. When the pieces on both sides are
 * Vietnamese syllables ("phê-\nbình") the hyphen stood for the space between two syllables and becomes one
 * ("phê bình"); otherwise a foreign word was cut ("docu-\nment") and the pieces are joined ("document"). The rule is
 * described in {@code docs/design/normalisation.md}.
 */
public final class LineEndHyphenationStep implements NormalizationStep {

    /** Creates the step. */
    public LineEndHyphenationStep() {
    }

    @Override
    public String name() {
        return "line-end-hyphenation";
    }

    @Override
    public String apply(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 1; i + 2 < text.length(); i++) {
            char hyphen = text.charAt(i);
            if ((hyphen != '-' && hyphen != '\u2010') || text.charAt(i + 1) != '\n'
                    || !Character.isLowerCase(text.charAt(i - 1)) || !Character.isLowerCase(text.charAt(i + 2))) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, i);
            String before = wordBefore(text, i);
            String after = wordAfter(text, i + 2);
            boolean syllables = VietnameseSyllables.isSyllable(before) && VietnameseSyllables.isSyllable(after);
            if (syllables) {
                out.append(' ');
            }
            copied = i + 2;
            i++;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static String wordBefore(String text, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    private static String wordAfter(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }
}
