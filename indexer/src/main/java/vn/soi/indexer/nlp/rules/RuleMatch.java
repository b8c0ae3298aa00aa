package vn.soi.indexer.nlp.rules;

import java.util.List;
import java.util.Objects;

/**
 * One match of a TokensRegex rule: the result's kind and arguments (the rule's {@code result} string split at
 * {@code |}, e.g. {@code DATE|2024|12|15} gives kind {@code DATE} and arguments {@code 2024, 12, 15}) and the character
 * offsets {@code [start, end)} of the matched text in the text given to {@link RuleBook}.
 */
public record RuleMatch(String kind, List<String> args, int start, int end) {

    public RuleMatch {
        Objects.requireNonNull(kind, "kind");
        args = List.copyOf(args);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad rule match span [" + start + ", " + end + ") for " + kind);
        }
    }

    /** The i-th argument, or the empty string when the rule gave fewer. */
    public String arg(int i) {
        return i < args.size() ? args.get(i) : "";
    }

    /** The matched text cut from the text the match was found in. */
    public String textIn(String text) {
        return text.substring(start, end);
    }

    /** The test form {@code KIND|args@text} used by the rules' example files. */
    public String describe(String text) {
        StringBuilder out = new StringBuilder(kind);
        args.forEach(a -> out.append('|').append(a));
        return out.append('@').append(textIn(text)).toString();
    }
}
