package vn.soi.corpora.write;

import java.util.SplittableRandom;

/**
 * Typing slips and OCR-like confusions at a low rate, applied to words without digits so that numbers, dates and
 * statistics (which labels depend on) stay intact.
 */
public final class Noise {

    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");

    private Noise() {
    }

    /** Returns {@code text} with about {@code rate} of its words altered. */
    public static String apply(String text, double rate, boolean ocr, SplittableRandom rng) {
        if (rate <= 0) {
            return text;
        }
        String[] words = text.split(" ", -1);
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() > 3 && !DIGIT.matcher(w).find() && rng.nextDouble() < rate) {
                w = ocr ? ocr(w, rng) : typo(w, rng);
            }
            if (i > 0) {
                out.append(' ');
            }
            out.append(w);
        }
        return out.toString();
    }

    private static String typo(String w, SplittableRandom rng) {
        int p = 1 + rng.nextInt(w.length() - 2);
        switch (rng.nextInt(3)) {
            case 0:
                return w.substring(0, p) + w.charAt(p) + w.substring(p);
            case 1:
                return w.substring(0, p) + w.charAt(p + 1) + w.charAt(p) + w.substring(p + 2);
            default:
                return w.substring(0, p) + w.substring(p + 1);
        }
    }

    private static String ocr(String w, SplittableRandom rng) {
        switch (rng.nextInt(4)) {
            case 0:
                return w.replace("m", "rn");
            case 1:
                return w.replace('đ', 'd').replace('Đ', 'D');
            case 2:
                return w.replace("l", "I");
            default:
                return java.text.Normalizer.normalize(java.text.Normalizer.normalize(w,
                        java.text.Normalizer.Form.NFD).replaceFirst("\\p{M}", ""), java.text.Normalizer.Form.NFC);
        }
    }
}
