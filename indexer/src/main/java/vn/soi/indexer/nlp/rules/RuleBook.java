package vn.soi.indexer.nlp.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.Interval;
import vn.soi.indexer.seeds.Seeds;

/**
 * The TokensRegex rules of every {@link RuleTopic}, compiled once from the classpath, and the trigger words that decide
 * which lines a topic is worth running on. Each topic has its own {@code CoreMapExpressionExtractor}, so matches of
 * different topics never suppress each other; within a topic overlapping matches are resolved by CoreNLP (the longest
 * match wins). Calls on one topic are serialised because the extractor keeps state in its environment.
 */
public final class RuleBook {

    private static final String TRIGGERS = RuleTopic.FOLDER + "triggers.tsv";
    /** The trigger that makes a topic also require a digit on the line (dates, numbers, counts). */
    private static final String DIGIT = "<digit>";

    private final Map<RuleTopic, CoreMapExpressionExtractor<MatchedExpression>> extractors;
    private final Map<RuleTopic, List<String>> triggers;
    private final Set<RuleTopic> needDigit;

    private RuleBook(Map<RuleTopic, CoreMapExpressionExtractor<MatchedExpression>> extractors,
                     Map<RuleTopic, List<String>> triggers, Set<RuleTopic> needDigit) {
        this.extractors = extractors;
        this.triggers = triggers;
        this.needDigit = needDigit;
    }

    /** The rules and triggers in the classpath's {@code seeds/rules}, loaded once per JVM. */
    public static RuleBook standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        private static final RuleBook STANDARD = load();
    }

    private static RuleBook load() {
        Map<RuleTopic, CoreMapExpressionExtractor<MatchedExpression>> extractors = new EnumMap<>(RuleTopic.class);
        for (RuleTopic topic : RuleTopic.values()) {
            extractors.put(topic, compile(topic));
        }
        Map<RuleTopic, List<String>> triggers = new EnumMap<>(RuleTopic.class);
        Set<RuleTopic> needDigit = EnumSet.noneOf(RuleTopic.class);
        for (List<String> row : SeedTable.read(TRIGGERS, 3)) {
            RuleTopic topic;
            try {
                topic = RuleTopic.valueOf(row.get(0));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(TRIGGERS + ": unknown rule topic " + row.get(0), e);
            }
            if (row.get(1).equals(DIGIT)) {
                needDigit.add(topic);
            } else {
                triggers.computeIfAbsent(topic, t -> new ArrayList<>()).add(row.get(1).toLowerCase(Locale.ROOT));
            }
        }
        return new RuleBook(extractors, triggers, needDigit);
    }

    private static CoreMapExpressionExtractor<MatchedExpression> compile(RuleTopic topic) {
        try {
            CoreMapExpressionExtractor<MatchedExpression> extractor = CoreMapExpressionExtractor
                    .createExtractorFromFiles(TokenSequencePattern.getNewEnv(), located(RuleTopic.DEFINITIONS),
                            located(topic.rulesResource()));
            // The tokens are built for one call and thrown away: clearing the rules' temporary tags is wasted work.
            extractor.keepTemporaryTags();
            return extractor;
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot compile TokensRegex rules " + topic.rulesResource() + ": "
                    + e.getMessage(), e);
        }
    }

    /** A rules resource ({@code seeds/rules/...}) as CoreNLP should open it, honouring a seeds override folder. */
    private static String located(String resource) {
        return Seeds.locate(resource.substring("seeds/".length()));
    }

    /** Every match of a topic's rules in {@code text[from, to)}, in text order, offsets into {@code text}. */
    public List<RuleMatch> find(RuleTopic topic, String text, int from, int to) {
        List<CoreLabel> tokens = RuleTokenizer.tokenize(text, from, to);
        if (tokens.isEmpty()) {
            return List.of();
        }
        Annotation span = new Annotation(text.substring(from, to));
        span.set(CoreAnnotations.TokensAnnotation.class, tokens);
        CoreMapExpressionExtractor<MatchedExpression> extractor = extractors.get(topic);
        List<MatchedExpression> found;
        synchronized (extractor) {
            found = extractor.extractExpressions(span);
        }
        List<RuleMatch> matches = new ArrayList<>(found.size());
        for (MatchedExpression expression : found) {
            Interval<Integer> chars = expression.getCharOffsets();
            Object value = expression.getValue() == null ? null : expression.getValue().get();
            if (value == null) {
                throw new IllegalStateException("a rule of " + topic.rulesResource() + " has no result for '"
                        + text.substring(chars.first(), chars.second()) + "'");
            }
            List<String> parts = Arrays.asList(value.toString().split("\\|", -1));
            matches.add(new RuleMatch(parts.get(0), parts.subList(1, parts.size()), chars.first(), chars.second()));
        }
        matches.sort(Comparator.comparingInt(RuleMatch::start));
        return matches;
    }

    /**
     * The matches of a topic in the lines of {@code text[from, to)} that contain one of the topic's trigger words (and
     * a digit, for the topics marked {@code <digit>} in {@code triggers.tsv}), so that the rules skip the bulk of
     * running text.
     */
    public List<RuleMatch> findInTriggeredLines(RuleTopic topic, String text, int from, int to) {
        List<String> words = triggers.getOrDefault(topic, List.of());
        boolean digit = needDigit.contains(topic);
        List<RuleMatch> matches = new ArrayList<>();
        int lineStart = from;
        while (lineStart < to) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 || newline > to ? to : newline;
            String line = text.substring(lineStart, lineEnd).toLowerCase(Locale.ROOT);
            if ((!digit || line.chars().anyMatch(Character::isDigit)) && words.stream().anyMatch(line::contains)) {
                matches.addAll(find(topic, text, lineStart, lineEnd));
            }
            lineStart = lineEnd + 1;
        }
        return matches;
    }
}
