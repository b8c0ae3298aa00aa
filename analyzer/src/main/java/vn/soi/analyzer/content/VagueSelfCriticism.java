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
import vn.soi.indexer.document.SectionKind;

/**
 * {@code VAGUE_SELF_CRITICISM}: the shortcomings are only generic, hedged formulas ("đôi lúc còn chưa…", "có lúc chưa
 * thật sự…", "chưa mạnh dạn"; seeds 000, 001) with no concrete case. Each sentence of the shortcomings part is tested
 * for a hedge of {@code hedges.txt} and for specificity in the manner of Hope, Hu and Lu (a number or date, a named
 * task or product, a named unit or person). The report fires when no sentence is specific and the hedged sentences
 * reach the configured share.
 */
public final class VagueSelfCriticism implements Signal {

    @Override
    public SignalId id() {
        return SignalId.VAGUE_SELF_CRITICISM;
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
        List<Sentence> sentences = reading.sentences(SectionKind.SHORTCOMINGS);
        if (sentences.isEmpty()) {
            return Optional.empty();
        }
        List<Sentence> hedged = new ArrayList<>();
        Set<String> hedges = new LinkedHashSet<>();
        int specific = 0;
        for (Sentence sentence : sentences) {
            List<PhraseMatch> matches = reading.vocabulary().hedges().find(sentence.tokens());
            if (!matches.isEmpty()) {
                hedged.add(sentence);
                matches.forEach(m -> hedges.add(m.entry()));
            }
            if (reading.specific(sentence)) {
                specific++;
            }
        }
        double share = (double) hedged.size() / sentences.size();
        if (specific > settings.integer("content.vague.maximum-specific-sentences")
                || share < settings.decimal("content.vague.minimum-hedged-share")) {
            return Optional.empty();
        }
        Map<String, Object> measures = new LinkedHashMap<>();
        measures.put("shortcomingsSentences", sentences.size());
        measures.put("hedgedSentences", hedged.size());
        measures.put("specificSentences", specific);
        measures.put("hedgedShare", ContentFindings.rounded(share));
        measures.put("hedges", List.copyOf(hedges));
        String explanation = "Phần hạn chế có " + sentences.size() + " câu, " + hedged.size()
                + " câu là công thức chung chung (" + quoted(hedges) + "); không câu nào nêu việc, số liệu, thời điểm "
                + "hay người, đơn vị cụ thể.";
        return Optional.of(ContentFindings.finding(SignalId.VAGUE_SELF_CRITICISM, Severity.MEDIUM, 0.5 + 0.5 * share,
                reading.document(), ContentFindings.quotes(reading, hedged, 5), measures, explanation,
                settings.text("content.vague.rule")));
    }

    static String quoted(Set<String> phrases) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (String phrase : phrases) {
            if (shown == 3) {
                break;
            }
            out.append(shown++ == 0 ? "" : ", ").append('"').append(phrase).append('"');
        }
        return out.toString();
    }
}
