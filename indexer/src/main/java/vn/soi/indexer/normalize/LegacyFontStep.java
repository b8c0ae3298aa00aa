package vn.soi.indexer.normalize;

import java.util.Optional;

/**
 * Step 1: converts text typed in a legacy font (TCVN3, VNI) to Unicode, when the font is unknown (plain text out of an
 * extractor). Detection is by {@link LegacyEncodingDetector}, first over the whole text, then line by line so that a
 * document mixing legacy and Unicode paragraphs (a header pasted from an old file) is repaired without harming the rest:
 * when the whole text is legacy, every line without Unicode evidence is converted; otherwise only the lines that are
 * legacy on their own. Runs first, on the raw text, because later steps would destroy evidence (TCVN3 writes 'ư' as
 * U+00AD, the soft hyphen; 'é' is U+00D0, the look-alike of Đ).
 */
public final class LegacyFontStep implements NormalizationStep {

    /** Creates the step. */
    public LegacyFontStep() {
    }

    @Override
    public String name() {
        return "legacy-font";
    }

    @Override
    public String apply(String text) {
        if (!hasLegacyCandidates(text)) {
            return text;
        }
        Optional<LegacyEncoding> whole = LegacyEncodingDetector.detect(text);
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = lineEnd(text, start);
            String line = text.substring(start, end);
            out.append(convertLine(line, whole));
            if (end < text.length()) {
                out.append(text.charAt(end));
            }
            start = end + 1;
        }
        String result = out.toString();
        return result.equals(text) ? text : result;
    }

    private static String convertLine(String line, Optional<LegacyEncoding> whole) {
        if (!hasLegacyCandidates(line)) {
            return line;
        }
        if (whole.isPresent()) {
            LegacyEncodingDetector.Evidence evidence = LegacyEncodingDetector.evidence(line, whole.get());
            boolean unicodeLine = evidence.unicodeVotes() > evidence.legacyVotes();
            return unicodeLine ? line : LegacyFontConverter.toUnicode(line, whole.get());
        }
        return LegacyEncodingDetector.detect(line)
                .map(encoding -> LegacyFontConverter.toUnicode(line, encoding))
                .orElse(line);
    }

    private static int lineEnd(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\f') {
                return i;
            }
        }
        return text.length();
    }

    private static boolean hasLegacyCandidates(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0xFF && c != 0xA0) {
                return true;
            }
        }
        return false;
    }
}
