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
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.SectionKind;

/**
 * {@code DEGENERATION_SELF_CHECK_MISSING}: an individual's report does not relate the writer to the 27 expressions of
 * degradation ("27 biểu hiện suy thoái", "tự diễn biến", "tự chuyển hóa"; seed 002). The report relates them when a
 * sentence outside the headings names them, or when the part for this self-check says something.
 */
public final class DegenerationSelfCheckMissing implements Signal {

    @Override
    public SignalId id() {
        return SignalId.DEGENERATION_SELF_CHECK_MISSING;
    }

    @Override
    public Set<Requirement> requires() {
        return EnumSet.of(Requirement.REPORT_SECTIONS);
    }

    @Override
    public Session start(AnalysisContext context) {
        SignalSettings settings = context.settings();
        return new ReportSession(ContentVocabulary.from(settings),
                d -> d.type() == DocumentType.INDIVIDUAL_REPORT, reading -> judge(reading, settings));
    }

    private static Optional<Finding> judge(ReportReading reading, SignalSettings settings) {
        ContentVocabulary words = reading.vocabulary();
        long mentions = reading.allSentences().stream()
                .filter(s -> words.degenerationMentions().occursIn(s.tokens())).count();
        Optional<Part> part = reading.part(SectionKind.DEGENERATION_SELF_CHECK);
        long said = part.map(Part::sentences).orElse(List.of()).stream()
                .filter(s -> !words.emptyAnswers().isEntry(s.tokens())).count();
        if (mentions > 0 || said > 0) {
            return Optional.empty();
        }
        Map<String, Object> measures = new LinkedHashMap<>();
        measures.put("mentions", 0);
        measures.put("selfCheckPart", part.isPresent());
        measures.put("selfCheckSentences", 0);
        List<Evidence> evidence = new ArrayList<>();
        part.flatMap(Part::headingSpan).ifPresent(span -> evidence.add(ContentFindings.quote(reading, span)));
        if (evidence.isEmpty()) {
            Optional<Part> anchor = reading.part(SectionKind.STRENGTHS);
            anchor.flatMap(Part::headingSpan).ifPresentOrElse(
                    span -> evidence.add(ContentFindings.quote(reading, span)),
                    () -> evidence.addAll(ContentFindings.quotes(reading,
                            anchor.map(Part::sentences).orElse(reading.allSentences()), 1)));
        }
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        String explanation = part.isPresent()
                ? "Phần liên hệ với 27 biểu hiện suy thoái, \"tự diễn biến\", \"tự chuyển hóa\" chỉ có tiêu đề, "
                + "không có nội dung."
                : "Bản kiểm điểm không liên hệ bản thân với 27 biểu hiện suy thoái về tư tưởng chính trị, đạo đức, "
                + "lối sống, \"tự diễn biến\", \"tự chuyển hóa\".";
        return Optional.of(ContentFindings.finding(SignalId.DEGENERATION_SELF_CHECK_MISSING, Severity.LOW,
                part.isPresent() ? 0.7 : 0.6, reading.document(), evidence, measures, explanation,
                settings.text("content.degeneration.rule")));
    }
}
