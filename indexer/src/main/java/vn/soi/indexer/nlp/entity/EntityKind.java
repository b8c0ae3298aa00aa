package vn.soi.indexer.nlp.entity;

/** What an {@link Entity} names. */
public enum EntityKind {
    /** A person: family name and given names, or a name after a title ("đồng chí Hùng"); the title excluded. */
    PERSON,
    /** A post held (chức vụ): "Phó Bí thư", "Trưởng phòng", "chi ủy viên"; {@code seeds/lexicons/positions.tsv}. */
    POSITION,
    /** A unit: party cell or committee, agency, administrative unit, school, enterprise, with its name. */
    UNIT
}
