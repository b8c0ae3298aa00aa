package vn.soi.indexer.nlp.entity;

/**
 * A word that opens a unit name, as data from {@code seeds/lexicons/unit-kinds.tsv}: its category and whether it names
 * a unit by itself.
 */
record UnitKind(Category category, Standalone standalone) {

    enum Category { PARTY, STATE, ADMINISTRATIVE, SCHOOL, PUBLIC_SERVICE, ENTERPRISE, NOT_A_UNIT, STOP;

        /** Whether the phrase opens a unit name (false for NOT_A_UNIT and STOP). */
        boolean opensUnit() {
            return this != NOT_A_UNIT && this != STOP;
        }
    }

    /** YES: a unit by itself when capitalised ("Huyện ủy"); TRAILING: may close a name bare ("... tỉnh"); NO. */
    enum Standalone { YES, TRAILING, NO }

    /** Whether a unit of this category may carry a person's name ("Trường THCS Nguyễn Văn Trỗi"). */
    boolean mayBeNamedAfterPeople() {
        return category == Category.SCHOOL || category == Category.PUBLIC_SERVICE
                || category == Category.ENTERPRISE;
    }
}
