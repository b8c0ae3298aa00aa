package vn.soi.indexer.index;

/**
 * A query the search cannot understand. The message is for the user (Vietnamese first) and names the position;
 * {@link #position()} is the 0-based character offset in the query where the problem was found, or -1 when the
 * problem is not tied to one place (an unknown field value, say).
 */
public final class QuerySyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String query;
    private final int position;

    /** A problem in {@code query} at {@code position} (or -1), described by {@code reason}. */
    public QuerySyntaxException(String query, int position, String reason) {
        super(message(query, position, reason));
        this.query = query;
        this.position = position;
    }

    private static String message(String query, int position, String reason) {
        if (position < 0) {
            return "Truy vấn không hợp lệ (invalid query): " + reason;
        }
        return "Truy vấn không hợp lệ ở vị trí " + (position + 1) + " (invalid query at character " + (position + 1)
                + "): " + reason + "\n  " + query + "\n  " + " ".repeat(position) + "^";
    }

    /** The query as given. */
    public String query() {
        return query;
    }

    /** The 0-based offset of the problem in the query, or -1. */
    public int position() {
        return position;
    }
}
