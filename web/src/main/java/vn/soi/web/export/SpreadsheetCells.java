package vn.soi.web.export;

/**
 * Neutralises text that a spreadsheet program would run as a formula (CSV and formula injection): a cell starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets an apostrophe in front, so it is shown as
 * text.
 */
public final class SpreadsheetCells {
    private SpreadsheetCells() {
    }

    /**
     * @param text a cell's text, or null
     * @return the text, with an apostrophe in front when it would start a formula; empty for null
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
