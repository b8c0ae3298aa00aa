package vn.soi.analyzer.text;

import java.util.Objects;

/**
 * One syllable (or number, or code such as {@code 12-KH/CB}) of a text: its offsets {@code [start, end)} into the
 * document's normalised text, the text as written and its lower-case form used for matching.
 */
public record Token(int start, int end, String written, String lower) {

    public Token {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(lower, "lower");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token span [" + start + ", " + end + ") for " + written);
        }
    }

    /** True when the token holds a digit. */
    public boolean hasDigit() {
        return lower.chars().anyMatch(Character::isDigit);
    }

    /** True when the token holds a letter. */
    public boolean hasLetter() {
        return lower.chars().anyMatch(Character::isLetter);
    }

    /** True when the token is written with a capital first letter. */
    public boolean capitalised() {
        return Character.isUpperCase(written.charAt(0));
    }
}
