package vn.soi.indexer.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Step 1: converts text typed in a legacy font (TCVN3, VNI) to Unicode, when the font is unknown (plain text out of an
 * extractor). Detection is by {@link LegacyEncodingDetector}, over the whole text and line by line, so that a document
 * mixing legacy and Unicode paragraphs (a header pasted from an old file) is repaired without harming the rest: when
 * the whole text is legacy, every line without more Unicode than legacy evidence is converted; otherwise only the
 * lines that are legacy on their own. Runs first, on the raw text, because later steps would destroy evidence (TCVN3
 * writes 'ư' as U+00AD, the soft hyphen; 'é' as U+00D0, the look-alike of Đ).
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
        List<Line> lines = new ArrayList<>();
        LegacyEncodingDetector.Evidence tcvn3 = null;
        LegacyEncodingDetector.Evidence vni = null;
        int start = 0;
        while (start <= text.length()) {
            int end = lineEnd(text, start);
            Line line = Line.of(text.substring(start, end), end < text.length() ? text.charAt(end) : -1);
            lines.add(line);
            tcvn3 = tcvn3 == null ? line.tcvn3() : tcvn3.plus(line.tcvn3());
            vni = vni == null ? line.vni() : vni.plus(line.vni());
            start = end + 1;
        }
        Optional<LegacyEncoding> whole = LegacyEncodingDetector.decide(tcvn3, vni);
        StringBuilder out = new StringBuilder(text.length());
        for (Line line : lines) {
            out.append(line.converted(whole));
            if (line.separator() >= 0) {
                out.append((char) line.separator());
            }
        }
        String result = out.toString();
        return result.equals(text) ? text : result;
    }

    /** One line of the text, its separator (-1 at the end of the text) and the votes of its words. */
    private record Line(String text, int separator, LegacyEncodingDetector.Evidence tcvn3,
            LegacyEncodingDetector.Evidence vni) {

        static Line of(String text, int separator) {
            return new Line(text, separator, LegacyEncodingDetector.evidence(text, LegacyEncoding.TCVN3),
                    LegacyEncodingDetector.evidence(text, LegacyEncoding.VNI));
        }

        String converted(Optional<LegacyEncoding> whole) {
            if (tcvn3.candidates() == 0) {
                return text;
            }
            if (whole.isPresent()) {
                LegacyEncodingDetector.Evidence evidence = whole.get() == LegacyEncoding.TCVN3 ? tcvn3 : vni;
                boolean unicodeLine = evidence.unicodeVotes() > evidence.legacyVotes();
                return unicodeLine ? text : LegacyFontConverter.toUnicode(text, whole.get());
            }
            return LegacyEncodingDetector.decide(tcvn3, vni)
                    .map(encoding -> LegacyFontConverter.toUnicode(text, encoding))
                    .orElse(text);
        }
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
