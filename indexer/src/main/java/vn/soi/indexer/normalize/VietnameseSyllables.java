package vn.soi.indexer.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a word is a possible Vietnamese syllable: an onset from {@code syllable-onsets.tsv} (respecting its spelling
 * rule), a rhyme from {@code syllable-rhymes.txt}, at most one tone mark, and only sắc or nặng on a rhyme closed by
 * c, ch, p or t. It accepts possible syllables, not only attested ones: it is evidence for legacy-font detection and
 * line-end hyphenation, not a dictionary.
 */
final class VietnameseSyllables {

    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
    private static final int SAC = 2;
    private static final int NANG = 5;
    private static final char[] LETTER_BASE = letterBases();
    private static final byte[] LETTER_TONE = letterTones();
    private static final List<Onset> ONSETS = loadOnsets();
    private static final Set<String> RHYMES = Set.copyOf(lines("syllable-rhymes.txt"));

    private VietnameseSyllables() {
    }

    /** Whether {@code word} (any case, NFC or not) is a possible Vietnamese syllable. */
    static boolean isSyllable(String word) {
        if (word.isEmpty() || word.length() > 8) {
            return false;
        }
        String nfc = word;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= '\u0300' && word.charAt(i) <= '\u036F') {
                nfc = Normalizer.normalize(word, Normalizer.Form.NFC);
                break;
            }
        }
        StringBuilder letters = new StringBuilder(nfc.length());
        int tone = 0;
        for (int i = 0; i < nfc.length(); i++) {
            int c = Character.toLowerCase((int) nfc.charAt(i));
            if (c >= LETTER_BASE.length || LETTER_BASE[c] == 0) {
                return false;
            }
            if (LETTER_TONE[c] != 0) {
                if (tone != 0) {
                    return false;
                }
                tone = LETTER_TONE[c];
            }
            letters.append(LETTER_BASE[c]);
        }
        String bare = letters.toString();
        for (Onset onset : ONSETS) {
            if (bare.startsWith(onset.letters())) {
                String rhyme = bare.substring(onset.letters().length());
                if (onset.allows(rhyme) && isRhyme(rhyme, tone)
                        || onset.letters().equals("gi") && isRhyme("i" + rhyme, tone)) {
                    return true;
                }
            }
        }
        return isRhyme(bare, tone);
    }

    private static boolean isRhyme(String rhyme, int tone) {
        if (!RHYMES.contains(rhyme)) {
            return false;
        }
        boolean stopped = rhyme.endsWith("c") || rhyme.endsWith("ch") || rhyme.endsWith("p") || rhyme.endsWith("t");
        return !stopped || tone == SAC || tone == NANG;
    }

    /**
     * For every lowercase letter below U+1F00: its Vietnamese base letter without the tone (a, ă, â... đ), or 0 when it
     * is not a Vietnamese letter; and its tone (index into {@link #TONE_MARKS} plus one), computed once from NFD.
     */
    private static char[] letterBases() {
        char[] bases = new char[0x1F00];
        for (char c = 0; c < bases.length; c++) {
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder bare = new StringBuilder();
            for (int i = 0; i < nfd.length(); i++) {
                if (TONE_MARKS.indexOf(nfd.charAt(i)) < 0) {
                    bare.append(nfd.charAt(i));
                }
            }
            String base = Normalizer.normalize(bare, Normalizer.Form.NFC);
            if (base.length() == 1 && Character.isLowerCase(c) && isVietnameseLetter(base.charAt(0))) {
                bases[c] = base.charAt(0);
            }
        }
        return bases;
    }

    private static byte[] letterTones() {
        byte[] tones = new byte[0x1F00];
        for (char c = 0; c < tones.length; c++) {
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            for (int i = 0; i < nfd.length(); i++) {
                int tone = TONE_MARKS.indexOf(nfd.charAt(i));
                if (tone >= 0) {
                    tones[c] = (byte) (tone + 1);
                }
            }
        }
        return tones;
    }

    private static boolean isVietnameseLetter(char c) {
        return c >= 'a' && c <= 'z' && "fjwz".indexOf(c) < 0 || "đăâêôơư".indexOf(c) >= 0;
    }

    private record Onset(String letters, String rule) {

        boolean allows(String rhyme) {
            if (rhyme.isEmpty()) {
                return false;
            }
            boolean listed = rule.indexOf(rhyme.charAt(0), 1) >= 0;
            return switch (rule.charAt(0)) {
                case '+' -> listed;
                case '-' -> !listed;
                default -> true;
            };
        }
    }

    private static List<Onset> loadOnsets() {
        List<Onset> onsets = new ArrayList<>();
        for (String line : lines("syllable-onsets.tsv")) {
            String[] fields = line.split("\t");
            if (fields.length != 2 || !"*+-".contains(fields[1].substring(0, 1))) {
                throw new IllegalStateException("syllable-onsets.tsv: expected 'onset<TAB>rule', got '" + line + "'");
            }
            onsets.add(new Onset(fields[0], fields[1]));
        }
        // Longest onsets first, so "ngh" is tried before "ng" and "n".
        onsets.sort((a, b) -> b.letters().length() - a.letters().length());
        return List.copyOf(onsets);
    }

    private static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (InputStream in = VietnameseSyllables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("syllable resource missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String data = line.strip();
                if (!data.isEmpty() && !data.startsWith("#") && seen.add(data)) {
                    lines.add(Normalizer.normalize(data, Normalizer.Form.NFC));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read syllable resource " + resource, e);
        }
        return lines;
    }
}
