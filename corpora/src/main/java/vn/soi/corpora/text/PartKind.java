package vn.soi.corpora.text;

/** Which part of the template a block belongs to (kept so tests can check labelled patterns part by part). */
public enum PartKind {
    HEADER, STRENGTHS, POLITICS, ETHICS, WORKSTYLE, DISCIPLINE, RESULTS, COMMITMENT, SHORTCOMINGS, CAUSES, REMEDIATION,
    EXPLANATION, RESPONSIBILITY, SELF_CHECK, DIRECTION, SELF_RATING, MEETING, OPINIONS, ANSWERS, CONCLUSION, VOTES,
    DECISION, SIGNATURE
}
