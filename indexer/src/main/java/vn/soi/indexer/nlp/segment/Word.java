package vn.soi.indexer.nlp.segment;

/**
 * One word found by the segmenter: one or more consecutive syllables.
 *
 * @param text           the syllables as written in the input, joined by {@code '_'} as VnCoreNLP prints them
 *                       ({@code "Ủy_ban"}); a one-syllable word is the syllable itself
 * @param start          offset of the word's first character in the input
 * @param end            offset just after its last character
 * @param firstSyllable  index of its first syllable in the sentence
 * @param syllableCount  number of syllables, at least 1
 */
public record Word(String text, int start, int end, int firstSyllable, int syllableCount) {

    /** Validates the text, offsets and counts. */
    public Word {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("word text must not be empty: " + text);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad word offsets [" + start + ", " + end + ") for '" + text + "'");
        }
        if (firstSyllable < 0 || syllableCount < 1) {
            throw new IllegalArgumentException(
                    "bad syllable range " + firstSyllable + "+" + syllableCount + " for '" + text + "'");
        }
    }

    /** True when the word has more than one syllable. */
    public boolean isCompound() {
        return syllableCount > 1;
    }
}
