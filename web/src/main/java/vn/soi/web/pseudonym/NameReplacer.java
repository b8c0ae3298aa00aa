package vn.soi.web.pseudonym;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Replaces a fixed set of personal names in texts. A name matches as whole words (not inside a longer word),
 * case-insensitively, with any run of white space between its syllables; longer names win over their prefixes
 * ("Nguyễn Văn An" before "Nguyễn Văn A"). Thread-safe.
 */
public final class NameReplacer {
    private final Pattern pattern;
    private final Function<String, String> pseudonyms;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    NameReplacer(Collection<String> personNames, Function<String, String> pseudonyms) {
        Objects.requireNonNull(personNames, "personNames");
        this.pseudonyms = Objects.requireNonNull(pseudonyms, "pseudonyms");
        String alternatives = personNames.stream()
                .map(name -> Normalizer.normalize(name, Normalizer.Form.NFC).strip())
                .filter(name -> !name.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(NameReplacer::namePattern)
                .collect(Collectors.joining("|"));
        this.pattern = alternatives.isEmpty()
                ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String namePattern(String name) {
        return Arrays.stream(name.split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
    }

    /**
     * @param text a text in NFC
     * @return the text with every known name replaced by its pseudonym
     */
    public String replace(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (pattern == null) {
            return text.toString();
        }
        Matcher matcher = pattern.matcher(text);
        return matcher.replaceAll(match -> Matcher.quoteReplacement(pseudonymOf(match.group())));
    }

    /**
     * One occurrence of a known name in a text.
     *
     * @param start offset of the name's first character
     * @param end offset after the name's last character
     * @param pseudonym what replaces it
     */
    public record Occurrence(int start, int end, String pseudonym) {
    }

    /**
     * Finds the names {@link #replace} would replace, for callers that must keep other marks (highlights, anchors)
     * aligned with the text.
     *
     * @param text a text in NFC
     * @return every occurrence of a known name, in text order, not overlapping
     */
    public List<Occurrence> occurrences(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (pattern == null) {
            return List.of();
        }
        Matcher matcher = pattern.matcher(text);
        List<Occurrence> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(new Occurrence(matcher.start(), matcher.end(), pseudonymOf(matcher.group())));
        }
        return found;
    }

    private String pseudonymOf(String name) {
        return cache.computeIfAbsent(Pseudonymizer.canonical(name), pseudonyms);
    }
}
