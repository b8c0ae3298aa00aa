package vn.soi.indexer.nlp.entity;

/**
 * A token of {@link EntityTokens}: a run of letters, a run of digits, or one other character; its canonical lower-case
 * form for lexicon look-ups, and whether a line or cell break (a newline, a tab, two or more spaces) or any space
 * precedes it.
 */
record Token(String text, String lower, int start, int end, boolean breakBefore, boolean spaceBefore) {

    boolean isWord() {
        return Character.isLetter(text.charAt(0));
    }

    boolean isDigits() {
        return Character.isDigit(text.charAt(0));
    }

    /** Starts with a capital letter ("Nguyễn", "THPT", "A"). */
    boolean isCapitalised() {
        return isWord() && Character.isUpperCase(text.charAt(0));
    }

    /** Two or more letters, all capitals ("NGUYỄN", "UBND"). */
    boolean isAllCaps() {
        if (!isWord() || text.length() < 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A capital first letter and lower-case letters after it ("Nguyễn"), or a single capital ("A"). */
    boolean isTitleCase() {
        if (!isCapitalised()) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (!Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** One capital letter: an initial ("V" in "Nguyễn V. An"). */
    boolean isInitial() {
        return text.length() == 1 && isCapitalised();
    }

    boolean isLowerWord() {
        return isWord() && Character.isLowerCase(text.charAt(0));
    }

    boolean is(String punctuation) {
        return text.equals(punctuation);
    }
}
