package vn.soi.analyzer.content;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import vn.soi.indexer.document.SectionKind;

/**
 * {@code BLAME_EXTERNAL}: the causes of the shortcomings are put on objective or outside factors or on the collective,
 * and no subjective cause is owned (seed 000: "bao biện, đổ lỗi cho tập thể, cho yếu tố khách quan"). The causal
 * statements are the sentences of the causes part and the sentences of the shortcomings part with a cause cue. A
 * sentence is external when it names an outside cause (and, in an individual's report, the collective); it is owned
 * when it names a subjective cause of the writer. Naming the objective causes beside owned ones is honest and does not
 * fire. A causal statement whose subject is the writer ("tôi", "bản thân", or none: Vietnamese drops it) and that names
 * no outside factor is owned too; one whose subject is someone or something else counts against the report. In an
 * report of a member who leads nothing, shortcomings whose only subject is the collective (never "tôi", "bản thân")
 * count as a deflection too, in the manner of self-serving attribution (Bettman and Weitz 1983).
 */
public final class BlameExternal implements Signal {

    @Override
    public SignalId id() {
        return SignalId.BLAME_EXTERNAL;
    }

    @Override
    public Set<Requirement> requires() {
        return EnumSet.of(Requirement.REPORT_SECTIONS);
    }

    @Override
    public Session start(AnalysisContext context) {
        SignalSettings settings = context.settings();
        return new ReportSession(ContentVocabulary.from(settings), d -> d.type().isReport(),
                reading -> judge(reading, settings));
    }

    private static Optional<Finding> judge(ReportReading reading, SignalSettings settings) {
        ContentVocabulary words = reading.vocabulary();
        boolean individual = reading.document().type() == DocumentType.INDIVIDUAL_REPORT;
        List<Sentence> causes = new ArrayList<>(reading.sentences(SectionKind.CAUSES));
        List<Sentence> shortcomings = reading.sentences(SectionKind.SHORTCOMINGS);
        for (Sentence sentence : shortcomings) {
            if (words.causeCues().occursIn(sentence.tokens())) {
                causes.add(sentence);
            }
        }
        List<Sentence> external = new ArrayList<>();
        List<Sentence> unowned = new ArrayList<>();
        Set<String> externalPhrases = new LinkedHashSet<>();
        List<Sentence> causesPart = reading.sentences(SectionKind.CAUSES);
        int owned = 0;
        for (Sentence sentence : causes) {
            List<Token> tokens = sentence.tokens();
            List<PhraseMatch> outside = new ArrayList<>(words.externalCauses().find(tokens));
            if (individual) {
                outside.addAll(words.deflectToCollective().find(tokens));
            }
            boolean internal = words.internalCauses().occursIn(tokens)
                    || (!individual && words.internalCausesCollective().occursIn(tokens));
            // Only in the causes part is a sentence's subject the subject of the cause itself.
            boolean inCausesPart = causesPart.contains(sentence);
            if (internal || (inCausesPart && outside.isEmpty() && ownSubject(tokens, individual, words))) {
                owned++;
            } else if (!outside.isEmpty()) {
                external.add(sentence);
                outside.forEach(m -> externalPhrases.add(m.entry()));
            } else if (inCausesPart) {
                unowned.add(sentence);
            }
        }
        List<Sentence> collectiveOnly = new ArrayList<>();
        // A leader's shortcomings are the unit's by office, so only a member's can be put on the collective.
        if (individual && !reading.byLeader()) {
            boolean self = false;
            for (Sentence sentence : shortcomings) {
                self |= words.selfSubjects().occursIn(sentence.tokens());
                if (words.collectiveSubjects().find(sentence.tokens()).stream().anyMatch(m -> m.first() <= 1)) {
                    collectiveOnly.add(sentence);
                }
            }
            if (self) {
                collectiveOnly.clear();
            }
        }
        if (owned > 0 || (external.isEmpty() && unowned.isEmpty() && collectiveOnly.isEmpty())) {
            return Optional.empty();
        }
        Map<String, Object> measures = new LinkedHashMap<>();
        measures.put("causeSentences", causes.size());
        measures.put("externalCauseSentences", external.size());
        measures.put("otherSubjectCauseSentences", unowned.size());
        measures.put("ownedCauseSentences", owned);
        measures.put("shortcomingsWithOnlyCollectiveSubject", collectiveOnly.size());
        measures.put("externalPhrases", List.copyOf(externalPhrases));
        List<Sentence> quoted = new ArrayList<>(external);
        quoted.addAll(unowned);
        quoted.addAll(collectiveOnly);
        StringBuilder explanation = new StringBuilder();
        if (!external.isEmpty()) {
            explanation.append("Nguyên nhân của hạn chế được quy cho yếu tố khách quan hoặc bên ngoài (")
                    .append(external.size()).append(" câu: ").append(VagueSelfCriticism.quoted(externalPhrases))
                    .append(")");
        }
        if (!unowned.isEmpty()) {
            explanation.append(external.isEmpty() ? "" : "; ").append("phần nguyên nhân có ").append(unowned.size())
                    .append(" câu chỉ nói về người, việc khác");
        }
        if (!collectiveOnly.isEmpty()) {
            explanation.append(external.isEmpty() ? "" : "; ")
                    .append("hạn chế chỉ được nêu với chủ thể là tập thể (").append(collectiveOnly.size())
                    .append(" câu), không câu nào nói về bản thân");
        }
        explanation.append(individual ? "; không nêu nguyên nhân chủ quan nào của bản thân."
                : "; không nêu nguyên nhân chủ quan nào của tập thể.");
        double score = Math.min(1, 0.6 + 0.1 * (external.size() + unowned.size() + collectiveOnly.size()));
        return Optional.of(ContentFindings.finding(SignalId.BLAME_EXTERNAL, Severity.MEDIUM, score,
                reading.document(), ContentFindings.quotes(reading, quoted, 5), measures,
                explanation.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + explanation.substring(1),
                settings.text("content.blame.rule")));
    }

    /**
     * True when the cause's subject is the writer: "tôi", "bản thân" (in a collective's report the collective named at
     * the start), or no subject at all ("Chưa sắp xếp…"), Vietnamese dropping it when it is the writer.
     */
    private static boolean ownSubject(List<Token> tokens, boolean individual, ContentVocabulary words) {
        if (individual ? words.selfSubjects().occursIn(tokens)
                : words.collectiveSubjects().find(tokens).stream().anyMatch(m -> m.first() <= 1)) {
            return true;
        }
        int start = 0;
        List<PhraseMatch> openers = words.causeOpeners().find(tokens);
        for (PhraseMatch opener : openers) {
            if (opener.first() != start) {
                break;
            }
            start = opener.last() + 1;
        }
        List<PhraseMatch> opening = words.ownedOpeners().find(tokens.subList(start, tokens.size()));
        return !opening.isEmpty() && opening.get(0).first() == 0;
    }
}
