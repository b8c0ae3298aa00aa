package vn.soi.analyzer.text;

import java.util.Objects;

/**
 * One occurrence of a lexicon entry: the entry, the token indexes {@code [first, last]} it covers and its character
 * offsets {@code [start, end)} into the document's normalised text.
 */
public record PhraseMatch(String entry, int first, int last, int start, int end) {

    public PhraseMatch {
        Objects.requireNonNull(entry, "entry");
        if (first < 0 || last < first || start < 0 || end < start) {
            throw new IllegalArgumentException("bad match of '" + entry + "': tokens " + first + ".." + last
                    + ", span [" + start + ", " + end + ")");
        }
    }
}
