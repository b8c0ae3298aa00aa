package vn.soi.indexer.records;

import java.util.Map;

/** One row of a discipline register or of rating results, with its 1-based row number in the file. */
public sealed interface RegisterRecord permits DisciplineRecord, RatingRecord {

    /** The person's full name, or the organisation / collective named in the row. */
    String subject();

    /** True when the row is about an organisation or collective rather than a person. */
    boolean collective();

    /** The unit as written. */
    String unit();

    /** The position as written, or empty. */
    String position();

    /** The row number in the file (spreadsheet row or CSV record), the header being row 1 unless titles precede it. */
    int row();

    /** Columns the contract does not name, kept as written (header to value). */
    Map<String, String> extra();
}
