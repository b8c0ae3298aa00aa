package vn.soi.web.pseudonym;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
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
        return matcher.replaceAll(match -> Matcher.quoteReplacement(
                cache.computeIfAbsent(Pseudonymizer.canonical(match.group()), pseudonyms)));
    }
}
