package vn.soi.indexer.document;

/**
 * The names of the fields that structure readers extract. A document may carry several values of one name (a person
 * holding two positions). Dates are written ISO-8601 (yyyy-MM-dd), times HH:mm, numbers without grouping.
 */
public enum FieldName {
    // Header of reports and decisions.
    PARTY_COMMITTEE, CELL, UNIT, COLLECTIVE, PERSON, PARTY_POSITION, GOVERNMENT_POSITION,
    /** "true" when the person is a head, deputy or member of a leadership collective. */
    LEADER,
    /** "true" when the person is the head (người đứng đầu) of the unit. */
    HEAD,
    YEAR, PLACE, DATE,
    /** The regulation named or implied by the template: 132, 124 or 366. */
    REGULATION,
    // Self-rating.
    SELF_RATING, POINTS_GENERAL, POINTS_RESULTS, POINTS_TOTAL,
    // Minutes.
    MEETING_DATE, START_TIME, END_TIME, MEMBERS_TOTAL, MEMBERS_PRESENT, MEMBERS_ABSENT,
    CHAIR, SECRETARY, SUPERIOR_REPRESENTATIVE, REPORT_PRESENTED, REPORTS_SENT_DATE,
    VOTES_EXCELLENT, VOTES_GOOD, VOTES_COMPLETED, VOTES_NOT_COMPLETED,
    // Decisions.
    DECISION_NUMBER, DECISION_DATE, DISCIPLINE_FORM, VIOLATION, SUBJECT, RATING
}
