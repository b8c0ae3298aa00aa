package vn.soi.indexer.nlp.segment;

/**
 * One token of the input as the segmenter sees it: a syllable, a number, a punctuation mark, an abbreviation or a URL,
 * with its character offsets into the text it was cut from.
 *
 * @param text  the token exactly as it appears in the input
 * @param start offset of its first character
 * @param end   offset just after its last character
 */
public record Syllable(String text, int start, int end) {

    /** Validates the text and the offsets. */
    public Syllable {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("syllable text must not be empty: " + text);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad syllable offsets [" + start + ", " + end + ") for '" + text + "'");
        }
    }
}
