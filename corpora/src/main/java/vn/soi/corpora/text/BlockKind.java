package vn.soi.corpora.text;

/** The role of a block of a generated document; renderers style each differently. */
public enum BlockKind {
    /** Letterhead and administrative lines at the top. */
    META,
    /** The document title, centred and bold. */
    TITLE,
    /** A part heading. */
    HEADING,
    /** A sub-heading inside a part. */
    SUBHEADING,
    /** Body text. */
    PARAGRAPH,
    /** Signature lines at the end. */
    SIGNATURE
}
