package vn.soi.indexer.normalize;

import java.text.Normalizer;

/**
 * Step 3: decomposed text (a base letter followed by combining marks, as Windows-1258 writes tones: U+0300 huyền,
 * U+0301 sắc, U+0303 ngã, U+0309 hỏi, U+0323 nặng, and the deprecated U+0340/U+0341) becomes Unicode NFC. A tone mark
 * typed before the circumflex, breve or horn of the same vowel ({@code e + U+0301 + U+0302}, exactly one tone and one
 * such mark) is moved after it first, since NFC keeps the order of marks of the same class and would otherwise leave
 * "ế" split.
 */
public final class PrecomposeStep implements NormalizationStep {

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323\u0340\u0341";
    private static final String QUALITIES = "\u0302\u0306\u031B";
    private static final String BASES = "aeouAEOU";

    /** Creates the step. */
    public PrecomposeStep() {
    }

    @Override
    public String name() {
        return "precompose";
    }

    @Override
    public String apply(String text) {
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC) && !hasMark(text)) {
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return Normalizer.normalize(markOrderFixed(decomposed), Normalizer.Form.NFC);
    }

    private static boolean hasMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' && c <= '\u0341' && (TONES.indexOf(c) >= 0 || QUALITIES.indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static String markOrderFixed(String text) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 1; i + 1 < out.length(); i++) {
            boolean lastMark = i + 2 >= out.length()
                    || Character.getType(out.charAt(i + 2)) != Character.NON_SPACING_MARK;
            if (BASES.indexOf(out.charAt(i - 1)) >= 0 && TONES.indexOf(out.charAt(i)) >= 0
                    && QUALITIES.indexOf(out.charAt(i + 1)) >= 0 && lastMark) {
                char tone = out.charAt(i);
                out.setCharAt(i, out.charAt(i + 1));
                out.setCharAt(i + 1, tone);
            }
        }
        return out.toString();
    }
}
