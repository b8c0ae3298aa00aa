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
import vn.soi.indexer.document.SectionKind;

/**
 * {@code REMEDIATION_MISSING}: the part on fixing the shortcomings pointed out at earlier reviews is missing or empty,
 * or it claims "đã khắc phục" with nothing said about how (seed 002: "kiểm tra việc thực hiện cam kết khắc phục"). How
 * is an action of {@code remediation-how.txt}, a figure, a date, a named task or a named unit. A part that states no
 * shortcoming was pointed out earlier does not fire.
 */
public final class RemediationMissing implements Signal {

    @Override
    public SignalId id() {
        return SignalId.REMEDIATION_MISSING;
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
        Optional<Part> part = reading.part(SectionKind.REMEDIATION);
        List<Sentence> said = part.map(Part::sentences).orElse(List.of()).stream()
                .filter(s -> !words.emptyAnswers().isEntry(s.tokens())).toList();
        if (said.stream().anyMatch(s -> words.nothingPointedOut().occursIn(s.tokens()))) {
            return Optional.empty();
        }
        List<Sentence> claims = said.stream().filter(s -> words.remediationClaims().occursIn(s.tokens())).toList();
        int how = (int) said.stream().filter(s -> words.remediationHow().occursIn(s.tokens())
                || reading.specific(s)).count();
        if (!said.isEmpty() && how > 0) {
            return Optional.empty();
        }
        String state = part.isEmpty() ? "missing" : said.isEmpty() ? "empty" : claims.isEmpty() ? "vague" : "claimed";
        Map<String, Object> measures = new LinkedHashMap<>();
        measures.put("remediationPart", part.isPresent());
        measures.put("remediationSentences", said.size());
        measures.put("claimSentences", claims.size());
        measures.put("howSentences", how);
        measures.put("state", state);
        List<Evidence> evidence = new ArrayList<>();
        part.flatMap(Part::headingSpan).ifPresent(span -> evidence.add(ContentFindings.quote(reading, span)));
        evidence.addAll(ContentFindings.quotes(reading, claims.isEmpty() ? said : claims, 3));
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
        String explanation = switch (state) {
            case "missing" -> "Báo cáo không có phần kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra ở "
                    + "kỳ kiểm điểm trước.";
            case "empty" -> "Phần kết quả khắc phục hạn chế, khuyết điểm đã được chỉ ra để trống.";
            case "claimed" -> "Phần khắc phục chỉ khẳng định đã khắc phục (" + claims.size() + " câu) mà không nêu "
                    + "đã làm gì, kết quả hay thời điểm cụ thể.";
            default -> "Phần khắc phục có " + said.size() + " câu nhưng không nêu việc làm, kết quả hay thời điểm "
                    + "khắc phục cụ thể nào.";
        };
        double score = switch (state) {
            case "missing", "empty" -> 0.8;
            case "claimed" -> 0.7;
            default -> 0.6;
        };
        return Optional.of(ContentFindings.finding(SignalId.REMEDIATION_MISSING, Severity.MEDIUM, score,
                reading.document(), evidence, measures, explanation, settings.text("content.remediation.rule")));
    }
}
