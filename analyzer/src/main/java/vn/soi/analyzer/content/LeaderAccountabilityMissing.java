package vn.soi.analyzer.content;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.analyzer.signal.AnalysisContext;
import vn.soi.analyzer.signal.Requirement;
import vn.soi.analyzer.signal.Signal;
import vn.soi.analyzer.signal.SignalSettings;
import vn.soi.analyzer.text.PhraseMatch;
import vn.soi.analyzer.text.Token;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.SectionKind;

/**
 * {@code LEADER_ACCOUNTABILITY_MISSING}: the report of a head or leadership member, or of a leadership collective,
 * does not state its own responsibility for the unit's shortcomings (seed 002: "chưa làm rõ trách nhiệm của người
 * đứng đầu"; seeds 004, 001). Every sentence of the report is searched, with or without the "làm rõ trách nhiệm"
 * heading: a statement counts when it takes responsibility ("chịu trách nhiệm", "nhận trách nhiệm"), is not negated,
 * does not put the responsibility elsewhere ("trách nhiệm thuộc về tập thể"), and is tied to shortcomings (it names
 * them, or says before whom, or stands in the responsibility or shortcomings part).
 */
public final class LeaderAccountabilityMissing implements Signal {

    @Override
    public SignalId id() {
        return SignalId.LEADER_ACCOUNTABILITY_MISSING;
    }

    @Override
    public Set<Requirement> requires() {
        return EnumSet.of(Requirement.REPORT_SECTIONS, Requirement.REPORT_FIELDS);
    }

    @Override
    public Session start(AnalysisContext context) {
        SignalSettings settings = context.settings();
        return new ReportSession(ContentVocabulary.from(settings), d -> d.type().isReport(),
                reading -> reading.byLeader() ? judge(reading, settings) : Optional.empty());
    }

    private static Optional<Finding> judge(ReportReading reading, SignalSettings settings) {
        ContentVocabulary words = reading.vocabulary();
        boolean individual = reading.document().type() == DocumentType.INDIVIDUAL_REPORT;
        List<Sentence> inPart = reading.sentences(SectionKind.RESPONSIBILITY);
        // A statement standing among the shortcomings is about them, whatever words it uses; one among the causes
        // ("trách nhiệm thuộc về bản thân vì…") explains the writer's own failing, not the unit's, so it needs a link.
        List<Sentence> aboutShortcomings = new ArrayList<>(inPart);
        aboutShortcomings.addAll(reading.sentences(SectionKind.SHORTCOMINGS));
        List<Sentence> deflecting = new ArrayList<>();
        int owned = 0;
        for (Sentence sentence : reading.allSentences()) {
            List<Token> tokens = sentence.tokens();
            boolean deflects = words.responsibilityDeflect().occursIn(tokens)
                    || (individual && words.responsibilityDeflectIndividual().occursIn(tokens));
            if (deflects) {
                deflecting.add(sentence);
                continue;
            }
            boolean takes = false;
            for (PhraseMatch match : words.responsibilityOwned().find(tokens)) {
                takes |= !negated(tokens, match.first(), words);
            }
            if (takes && (aboutShortcomings.contains(sentence) || words.responsibilityLinks().occursIn(tokens))) {
                owned++;
            }
        }
        if (owned > 0) {
            return Optional.empty();
        }
        Optional<Part> part = reading.part(SectionKind.RESPONSIBILITY);
        boolean empty = part.isPresent() && substantive(inPart, words).isEmpty();
        String state = part.isEmpty() ? "missing" : empty ? "empty" : deflecting.isEmpty() ? "generic" : "deflecting";
        Map<String, Object> measures = new LinkedHashMap<>();
        measures.put("leader", true);
        measures.put("head", reading.document().field(FieldName.HEAD).filter("true"::equalsIgnoreCase).isPresent());
        measures.put("responsibilityPart", part.isPresent());
        measures.put("responsibilitySentences", substantive(inPart, words).size());
        measures.put("deflectingSentences", deflecting.size());
        measures.put("ownedStatements", 0);
        measures.put("state", state);
        List<Evidence> evidence = new ArrayList<>();
        evidence.addAll(ContentFindings.quotes(reading, deflecting, 3));
        part.flatMap(Part::headingSpan).ifPresent(span -> evidence.add(ContentFindings.quote(reading, span)));
        if (deflecting.isEmpty()) {
            evidence.addAll(ContentFindings.quotes(reading, substantive(inPart, words), 3));
        }
        if (evidence.isEmpty()) {
            Optional<Part> anchor = reading.part(SectionKind.SHORTCOMINGS).or(() -> reading.part(SectionKind.STRENGTHS));
            anchor.flatMap(Part::headingSpan).ifPresentOrElse(
                    span -> evidence.add(ContentFindings.quote(reading, span)),
                    () -> evidence.addAll(ContentFindings.quotes(reading,
                            anchor.map(Part::sentences).orElse(reading.allSentences()), 1)));
        }
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        boolean head = Boolean.TRUE.equals(measures.get("head"));
        double score = switch (state) {
            case "deflecting" -> 0.9;
            case "missing" -> 0.8;
            case "empty" -> 0.75;
            default -> 0.65;
        };
        return Optional.of(ContentFindings.finding(SignalId.LEADER_ACCOUNTABILITY_MISSING,
                head ? Severity.HIGH : Severity.MEDIUM, score, reading.document(), evidence, measures,
                explanation(individual, state, reading), settings.text("content.leader.rule")));
    }

    private static String explanation(boolean individual, String state, ReportReading reading) {
        String who = individual
                ? "Người viết giữ vị trí lãnh đạo" + reading.document().field(FieldName.PARTY_POSITION)
                .or(() -> reading.document().field(FieldName.GOVERNMENT_POSITION)).map(p -> " (" + p + ")").orElse("")
                + " nhưng bản kiểm điểm không nêu trách nhiệm của bản thân"
                : "Báo cáo của tập thể lãnh đạo không nêu trách nhiệm của chính tập thể";
        String why = switch (state) {
            case "missing" -> "; không có phần làm rõ trách nhiệm và không câu nào nhận trách nhiệm.";
            case "empty" -> "; phần làm rõ trách nhiệm để trống.";
            case "deflecting" -> "; trách nhiệm chỉ được đẩy sang tập thể, cấp trên hoặc người khác.";
            default -> "; phần làm rõ trách nhiệm chỉ nêu nhiệm vụ chung, không nhận trách nhiệm về hạn chế nào.";
        };
        return who + " đối với hạn chế, khuyết điểm của đơn vị" + why;
    }

    private static List<Sentence> substantive(List<Sentence> sentences, ContentVocabulary words) {
        return sentences.stream().filter(s -> !words.emptyAnswers().isEntry(s.tokens())).toList();
    }

    private static boolean negated(List<Token> tokens, int first, ContentVocabulary words) {
        for (int k = Math.max(0, first - 2); k < first; k++) {
            if (words.negationFlip().isEntry(tokens.subList(k, k + 1))) {
                return true;
            }
        }
        return false;
    }
}
