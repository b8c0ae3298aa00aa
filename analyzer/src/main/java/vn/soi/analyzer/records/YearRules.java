package vn.soi.analyzer.records;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.soi.analyzer.finding.Severity;
import vn.soi.indexer.document.Rating;

/**
 * The rules in force for one review year (see {@link RulesByYear}). Asking for a key that has no rule for the year
 * fails with the key and the year named, so a missing rule never silently becomes a default.
 */
public record YearRules(int year, Map<String, String> values, Map<String, String> sources) {

    public YearRules {
        values = Map.copyOf(values);
        sources = Map.copyOf(sources);
    }

    /** True when a rule for {@code key} is in force in this year. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** A text rule. */
    public String text(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no rule " + key + " for review year " + year + " in seeds/"
                    + RulesByYear.FILE);
        }
        return value;
    }

    /** A numeric rule. */
    public double decimal(String key) {
        String value = text(key);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rule " + key + " for " + year + " is not a number: " + value, e);
        }
    }

    /** A yes/no rule. */
    public boolean flag(String key) {
        String value = text(key).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> throw new IllegalArgumentException("rule " + key + " for " + year + " is not yes/no: " + value);
        };
    }

    /** A severity rule (low, medium, high). */
    public Severity severity(String key) {
        String value = text(key);
        try {
            return Severity.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rule " + key + " for " + year + " is not a severity: " + value, e);
        }
    }

    /** A rating-level rule (HTXSNV, HTTNV, HTNV, KHTNV or a full name). */
    public Rating rating(String key) {
        String value = text(key);
        Optional<Rating> rating = Rating.parse(value);
        return rating.orElseThrow(() -> new IllegalArgumentException("rule " + key + " for " + year
                + " is not a rating level: " + value));
    }
}
