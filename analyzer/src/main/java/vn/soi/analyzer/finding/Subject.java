package vn.soi.analyzer.finding;

import java.util.Objects;

/** Whom a finding is about: a person, a collective (unit), or a pair of documents; with unit and review year. */
public record Subject(Kind kind, String name, String unit, Integer year) {

    /** The kinds of subject. */
    public enum Kind { PERSON, COLLECTIVE, UNIT, PAIR, DOCUMENT }

    public Subject {
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
        unit = unit == null ? "" : unit;
    }
}
