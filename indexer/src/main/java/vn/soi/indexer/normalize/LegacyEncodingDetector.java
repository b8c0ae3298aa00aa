package vn.soi.indexer.normalize;

import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;

/**
 * Recognises text written in a legacy Vietnamese font (TCVN3, VNI) by character statistics, when the font is unknown.
 *
 * <p>Only words holding a character of 0x80-0xFF (or a TCVN3 control-position capital) are evidence. For each such
 * word the detector asks whether it is a possible Vietnamese syllable as it stands, and whether it becomes one after
 * conversion ({@code §¶ng} → Đảng, {@code Vieät} → Việt). A word of two or more characters that is a syllable only
 * after conversion votes for the encoding (a lone '¶' would read 'ả', so single characters do not); a word that is a
 * syllable only as it stands, or that already holds Vietnamese letters outside Latin-1 (ư, ạ, ế...), votes for
 * Unicode; a word that is a syllable both ways ({@code có} is {@code cú} in TCVN3) votes for neither. Text is legacy
 * when at least one vote converts to a letter outside Latin-1 (so that French or German words that merely happen to
 * convert are not enough), the legacy votes outnumber the Unicode votes, and they make up at least half of the
 * evidence words. Ordinary Latin-1 text (French names, German, Spanish) rarely forms Vietnamese syllables after
 * conversion, and real Unicode Vietnamese votes for itself.
 */
public final class LegacyEncodingDetector {

    private static final String ZERO_WIDTH = "\u200B\u200C\u200D\u2060\uFEFF";
    private static final char SOFT_HYPHEN = '\u00AD';

    private LegacyEncodingDetector() {
    }

    /** The legacy encoding the text is written in, or empty when it is Unicode (or plain ASCII) text. */
    public static Optional<LegacyEncoding> detect(String text) {
        Objects.requireNonNull(text, "text");
        return decide(evidence(text, LegacyEncoding.TCVN3), evidence(text, LegacyEncoding.VNI));
    }

    /** The encoding that both pieces of evidence (over the same text) make most likely, if either says legacy. */
    static Optional<LegacyEncoding> decide(Evidence tcvn3, Evidence vni) {
        Evidence best = null;
        for (Evidence evidence : new Evidence[] {tcvn3, vni}) {
            if (evidence.isLegacy() && (best == null || evidence.legacyVotes() > best.legacyVotes())) {
                best = evidence;
            }
        }
        return Optional.ofNullable(best).map(Evidence::encoding);
    }

    /** The votes the words of {@code text} cast for {@code encoding} against Unicode. */
    static Evidence evidence(CharSequence text, LegacyEncoding encoding) {
        LegacyTable table = LegacyTable.of(encoding);
        int candidates = 0;
        int legacy = 0;
        int strong = 0;
        int unicode = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean latin1 = false;
            boolean beyondLatin1 = false;
            while (i < n && isWordChar(text.charAt(i))) {
                char c = text.charAt(i);
                latin1 |= c >= 0x80 && c <= 0xFF || c < 0x20;
                beyondLatin1 |= c > 0xFF;
                i++;
            }
            if (!latin1 && !beyondLatin1) {
                continue;
            }
            candidates++;
            // Later steps drop zero-width characters and, in Unicode text, soft hyphens, and compose combining marks:
            // judge the word as they will leave it, so that normalising twice reaches the same verdict. In TCVN3 the
            // soft hyphen is 'ư'.
            String word = withoutInvisibles(text.subSequence(start, i), false);
            if (beyondLatin1) {
                String composed = hasCombiningMark(word)
                        ? Normalizer.normalize(withoutInvisibles(word, true), Normalizer.Form.NFC) : word;
                if (composed.chars().anyMatch(c -> c > 0xFF)) {
                    unicode++;
                    continue;
                }
                word = composed;
            }
            String converted = table.toUnicode(word);
            boolean asIs = VietnameseSyllables.isSyllable(withoutInvisibles(word, true));
            boolean afterConversion = !converted.equals(word) && (VietnameseSyllables.isSyllable(converted)
                    || word.indexOf(SOFT_HYPHEN) >= 0
                    && VietnameseSyllables.isSyllable(table.toUnicode(withoutInvisibles(word, true))));
            if (afterConversion && !asIs && word.length() > 1) {
                legacy++;
                if (converted.chars().anyMatch(c -> c > 0xFF)) {
                    strong++;
                }
            } else if (asIs && !afterConversion) {
                unicode++;
            }
        }
        return new Evidence(encoding, candidates, legacy, strong, unicode);
    }

    private static boolean hasCombiningMark(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= '\u0300' && word.charAt(i) <= '\u036F') {
                return true;
            }
        }
        return false;
    }

    private static String withoutInvisibles(CharSequence word, boolean softHyphens) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (ZERO_WIDTH.indexOf(c) < 0 && (!softHyphens || c != SOFT_HYPHEN)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isWordChar(char c) {
        if (ZERO_WIDTH.indexOf(c) >= 0) {
            return true;
        }
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                    || c < 0x20 && LegacyTable.of(LegacyEncoding.TCVN3).isLegacyChar(c);
        }
        return c <= 0xFF && c != 0xA0 || Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /**
     * Votes over some text: {@code candidates} words with non-ASCII characters, {@code legacyVotes} that are syllables
     * only after conversion ({@code strongVotes} of them gaining a letter outside Latin-1), {@code unicodeVotes} that
     * are Vietnamese as they stand.
     */
    record Evidence(LegacyEncoding encoding, int candidates, int legacyVotes, int strongVotes, int unicodeVotes) {

        /** The votes over this text and {@code other} together (same encoding). */
        Evidence plus(Evidence other) {
            return new Evidence(encoding, candidates + other.candidates, legacyVotes + other.legacyVotes,
                    strongVotes + other.strongVotes, unicodeVotes + other.unicodeVotes);
        }

        /** Whether the votes say this text, on its own, is in the legacy encoding. */
        boolean isLegacy() {
            return strongVotes >= 1 && legacyVotes > unicodeVotes && legacyVotes * 2 >= candidates;
        }
    }
}
