package vn.soi.analyzer.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.soi.analyzer.text.NumberKind;
import vn.soi.analyzer.text.PhraseLexicon;
import vn.soi.analyzer.text.PhraseMatch;
import vn.soi.analyzer.text.Sentences;
import vn.soi.analyzer.text.TextSpan;
import vn.soi.analyzer.text.Token;
import vn.soi.analyzer.text.Tokens;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Section;
import vn.soi.indexer.document.SectionKind;

/**
 * A report read for the content signals. The template's own words are blanked first (with spaces, so offsets still
 * point into the normalised text): each part's heading, the numbering at the start of a line, and the stock phrases of
 * {@code template-phrases.txt}. Every character then belongs to the innermost part that covers it (text left between
 * two parts belongs to the part before it), and each part is split into sentences and tokens. The measures (tone, specificity, hedges, causes, responsibility) are asked of
 * sentences, so each signal quotes exactly the sentences behind its decision.
 */
final class ReportReading {

    private static final Pattern NUMBERING = Pattern.compile(
            "(?m)^[ \\t]*(?:[0-9]{1,2}(?:\\.[0-9]{1,2})*[.)]|[IVXivx]{1,4}[.)]|[a-zđA-ZĐ][.)]|[-+*•–])[ \\t]*");

    private final ParsedDocument document;
    private final ContentVocabulary vocabulary;
    private final String masked;
    private final Map<SectionKind, Part> parts = new EnumMap<>(SectionKind.class);
    private final TextSpan preamble;

    private ReportReading(ParsedDocument document, ContentVocabulary vocabulary) {
        this.document = document;
        this.vocabulary = vocabulary;
        String text = document.text();
        char[] chars = text.toCharArray();
        List<Section> flat = new ArrayList<>();
        flatten(document.sections(), flat);
        Map<SectionKind, TextSpan> headings = new EnumMap<>(SectionKind.class);
        for (Section section : flat) {
            findHeading(text, section).ifPresent(span -> {
                blank(chars, span);
                headings.putIfAbsent(section.kind(), span);
            });
        }
        Matcher numbering = NUMBERING.matcher(text);
        while (numbering.find()) {
            blank(chars, new TextSpan(numbering.start(), numbering.end()));
        }
        for (PhraseMatch stock : vocabulary.templatePhrases().find(Tokens.of(new String(chars)))) {
            blank(chars, new TextSpan(stock.start(), stock.end()));
        }
        this.masked = new String(chars);
        SectionKind[] owner = new SectionKind[text.length()];
        int firstSection = text.length();
        for (Section section : flat) {
            int end = Math.min(section.end(), text.length());
            for (int i = section.start(); i < end; i++) {
                owner[i] = section.kind();
            }
            firstSection = Math.min(firstSection, section.start());
        }
        this.preamble = new TextSpan(0, firstSection);
        // Text between two parts that no part covers (a sub-item whose heading the structure reader did not know)
        // still follows the part before it: a part runs until the next heading that was found.
        int lastEnd = flat.stream().mapToInt(section -> Math.min(section.end(), text.length())).max().orElse(0);
        for (int k = Math.max(1, firstSection); k < lastEnd; k++) {
            if (owner[k] == null) {
                owner[k] = owner[k - 1];
            }
        }
        Map<SectionKind, List<Sentence>> sentences = new EnumMap<>(SectionKind.class);
        Map<SectionKind, int[]> extent = new EnumMap<>(SectionKind.class);
        int i = 0;
        while (i < owner.length) {
            SectionKind kind = owner[i];
            int runStart = i;
            while (i < owner.length && owner[i] == kind) {
                i++;
            }
            if (kind == null) {
                continue;
            }
            int[] range = extent.computeIfAbsent(kind, k -> new int[] {runStart, runStart});
            range[1] = i;
            List<Sentence> into = sentences.computeIfAbsent(kind, k -> new ArrayList<>());
            for (TextSpan span : Sentences.of(masked, runStart, i)) {
                into.add(new Sentence(span, Tokens.of(masked, span.start(), span.end())));
            }
        }
        for (Section section : flat) {
            SectionKind kind = section.kind();
            if (!parts.containsKey(kind)) {
                int[] range = extent.getOrDefault(kind, new int[] {section.start(), section.start()});
                parts.put(kind, new Part(kind, section.heading(), Optional.ofNullable(headings.get(kind)),
                        new TextSpan(range[0], range[1]), sentences.getOrDefault(kind, List.of())));
            }
        }
    }

    /** Reads {@code document} with {@code vocabulary}. */
    static ReportReading of(ParsedDocument document, ContentVocabulary vocabulary) {
        return new ReportReading(document, vocabulary);
    }

    ParsedDocument document() {
        return document;
    }

    ContentVocabulary vocabulary() {
        return vocabulary;
    }

    /** True when the structure reader found parts; without them no part can be judged. */
    boolean structured() {
        return !parts.isEmpty();
    }

    Optional<Part> part(SectionKind kind) {
        return Optional.ofNullable(parts.get(kind));
    }

    /** The sentences of a part, none when the part is absent. */
    List<Sentence> sentences(SectionKind kind) {
        return part(kind).map(Part::sentences).orElse(List.of());
    }

    /** Every sentence of every part, in document order. */
    List<Sentence> allSentences() {
        List<Sentence> all = new ArrayList<>();
        parts.values().forEach(p -> all.addAll(p.sentences()));
        all.sort(Comparator.comparingInt(s -> s.span().start()));
        return all;
    }

    /** The text of a span as written in the normalised text. */
    String quote(TextSpan span) {
        return document.text().substring(span.start(), span.end());
    }

    /** True when the writer is a head or a member of a leadership (fields, or a "Chức vụ" line of the header). */
    boolean byLeader() {
        if (document.type() == DocumentType.COLLECTIVE_REPORT) {
            return true;
        }
        if (document.field(FieldName.LEADER).filter("true"::equalsIgnoreCase).isPresent()
                || document.field(FieldName.HEAD).filter("true"::equalsIgnoreCase).isPresent()) {
            return true;
        }
        List<String> positions = new ArrayList<>(document.fieldValues(FieldName.PARTY_POSITION));
        positions.addAll(document.fieldValues(FieldName.GOVERNMENT_POSITION));
        for (String line : preamble.in(document.text()).split("\n")) {
            if (line.toLowerCase(Locale.ROOT).contains("chức vụ")) {
                positions.add(line);
            }
        }
        return positions.stream().anyMatch(p -> vocabulary.leaderPositions().occursIn(Tokens.of(p)));
    }

    /** True when {@code sentence} names something specific: a number or date, a named task, product, unit or person. */
    boolean specific(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).hasDigit() && kind(tokens, k) != NumberKind.REFERENCE) {
                return true;
            }
        }
        return vocabulary.concreteTerms().occursIn(tokens) || vocabulary.spelledNumbers().occursIn(tokens)
                || !properNames(sentence).isEmpty();
    }

    /**
     * The figures of a sentence that can be results: numbers that are not dates, years or references, and numbers
     * written in words; plus a named product ("đề án ... 'Chuyển đổi số'") when a task term meets a proper name or a
     * quotation.
     */
    List<Token> resultFigures(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Token> figures = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).hasDigit() && kind(tokens, k) == NumberKind.FIGURE) {
                figures.add(tokens.get(k));
            }
        }
        for (PhraseMatch spelled : vocabulary.spelledNumbers().find(tokens)) {
            figures.add(tokens.get(spelled.first()));
        }
        if (figures.isEmpty() && vocabulary.concreteTerms().occursIn(tokens)) {
            String quote = quote(sentence.span());
            if (!properNames(sentence).isEmpty() || quote.indexOf('"') >= 0 || quote.indexOf('“') >= 0) {
                PhraseMatch term = vocabulary.concreteTerms().find(tokens).get(0);
                figures.add(tokens.get(term.first()));
            }
        }
        return figures;
    }

    /** Capitalised tokens inside a sentence that are not generic names: named units, places and people. */
    List<Token> properNames(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Token> names = new ArrayList<>();
        for (int k = 1; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (!token.capitalised() || !token.hasLetter() || afterOpening(token.start())) {
                continue;
            }
            if (!vocabulary.genericNames().isEntry(tokens.subList(k, k + 1))) {
                names.add(token);
            }
        }
        return names;
    }

    /** Positive and negative evaluative phrases of a sentence after negation: {positive, negative}. */
    int[] tone(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<PhraseMatch> negatives = vocabulary.negative().find(tokens);
        int positive = 0;
        int negative = 0;
        for (PhraseMatch match : negatives) {
            if (flipped(tokens, match.first())) {
                positive++;
            } else {
                negative++;
            }
        }
        for (PhraseMatch match : vocabulary.positive().find(tokens)) {
            boolean overlaps = negatives.stream().anyMatch(n -> n.first() <= match.last() && match.first() <= n.last());
            if (overlaps) {
                continue;
            }
            if (flipped(tokens, match.first()) || cueBefore(tokens, match.first(), vocabulary.negationMark())) {
                negative++;
            } else {
                positive++;
            }
        }
        return new int[] {positive, negative};
    }

    private boolean flipped(List<Token> tokens, int first) {
        return cueBefore(tokens, first, vocabulary.negationFlip());
    }

    /** True when one of {@code cues} stands among the three tokens before {@code first}. */
    private static boolean cueBefore(List<Token> tokens, int first, PhraseLexicon cues) {
        for (int k = Math.max(0, first - 3); k < first; k++) {
            if (cues.isEntry(tokens.subList(k, k + 1))) {
                return true;
            }
        }
        return false;
    }

    private NumberKind kind(List<Token> tokens, int k) {
        return NumberKind.of(tokens, k, vocabulary.dateWords(), vocabulary.referenceWords());
    }

    private boolean afterOpening(int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = masked.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == ':' || c == '"' || c == '“' || c == '(' || c == ';';
            }
        }
        return true;
    }

    private static void flatten(List<Section> sections, List<Section> into) {
        for (Section section : sections) {
            into.add(section);
            flatten(section.items(), into);
        }
    }

    private static Optional<TextSpan> findHeading(String text, Section section) {
        String heading = section.heading().strip();
        int end = Math.min(section.end(), text.length());
        if (heading.isEmpty() || section.start() >= end) {
            return Optional.empty();
        }
        int limit = Math.min(end, section.start() + heading.length() + 40);
        String window = text.substring(section.start(), limit).toLowerCase(Locale.ROOT);
        int at = window.indexOf(heading.toLowerCase(Locale.ROOT));
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.of(new TextSpan(section.start() + at, section.start() + at + heading.length()));
    }

    private static void blank(char[] chars, TextSpan span) {
        for (int i = span.start(); i < span.end() && i < chars.length; i++) {
            if (chars[i] != '\n' && chars[i] != '\r') {
                chars[i] = ' ';
            }
        }
    }
}
