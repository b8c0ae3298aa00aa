package vn.soi.analyzer.text;

/** A span {@code [start, end)} of a document's normalised text. */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The number of characters covered. */
    public int length() {
        return end - start;
    }

    /** The span's text cut from {@code text}. */
    public String in(String text) {
        return text.substring(start, end);
    }
}
