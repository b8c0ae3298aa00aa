package vn.soi.indexer.document;

/** Small offset helpers shared by the readers. */
final class Spans {

    private Spans() {
    }

    /** Moves {@code end} left past whitespace, never before {@code start}. */
    static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Moves {@code start} right past whitespace, never beyond {@code end}. */
    static int trimStart(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** A field read from {@code text[start, end)}, trimmed of spaces and trailing punctuation; null when empty. */
    static ExtractedField field(FieldName name, String text, int start, int end) {
        int s = trimStart(text, start, end);
        int e = trimEnd(text, s, end);
        while (e > s && ".,;:".indexOf(text.charAt(e - 1)) >= 0) {
            e = trimEnd(text, s, e - 1);
        }
        return e > s ? new ExtractedField(name, text.substring(s, e), s, e) : null;
    }
}
