package vn.soi.analyzer.finding;

import com.fasterxml.jackson.annotation.JsonValue;

/** How much a finding should weigh with a board; written in lower case in JSON as the contract says. */
public enum Severity {
    LOW, MEDIUM, HIGH;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
