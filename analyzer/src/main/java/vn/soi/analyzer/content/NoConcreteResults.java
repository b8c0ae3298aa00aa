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
import vn.soi.analyzer.text.Token;
import vn.soi.indexer.document.SectionKind;

/**
 * {@code NO_CONCRETE_RESULTS}: the results part states no concrete output (seed 001: "chưa gắn với kết quả sản phẩm,
 * công việc cụ thể"; seed 003: "bằng sản phẩm cụ thể"). The results stand in the strengths part; a sentence is concrete
 * when it holds a figure (a count, share, amount or local document number; not a date, a year or the number of a
 * central regulation), a number written in words, or a named product or task. The report fires when fewer sentences
 * are concrete than the configured minimum.
 */
public final class NoConcreteResults implements Signal {

    @Override
    public SignalId id() {
        return SignalId.NO_CONCRETE_RESULTS;
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
        Optional<Part> results = reading.part(SectionKind.STRENGTHS);
        if (results.isEmpty() || results.get().sentences().isEmpty()) {
            return Optional.empty();
        }
        int concrete = 0;
        int otherNumbers = 0;
        List<Sentence> withOtherNumbers = new ArrayList<>();
        for (Sentence sentence : results.get().sentences()) {
            if (!reading.resultFigures(sentence).isEmpty()) {
                concrete++;
            }
            long numbers = sentence.tokens().stream().filter(Token::hasDigit).count();
            if (numbers > 0) {
                otherNumbers += (int) numbers;
                withOtherNumbers.add(sentence);
            }
        }
        if (concrete >= settings.integer("content.results.minimum-concrete-sentences")) {
            return Optional.empty();
        }
        int sentences = results.get().sentences().size();
        Map<String, Object> measures = new LinkedHashMap<>();
        measures.put("resultSentences", sentences);
        measures.put("resultWords", results.get().words());
        measures.put("concreteSentences", concrete);
        measures.put("datesYearsAndReferences", otherNumbers);
        List<Evidence> evidence = new ArrayList<>();
        results.get().headingSpan().ifPresent(span -> evidence.add(ContentFindings.quote(reading, span)));
        evidence.addAll(ContentFindings.quotes(reading, withOtherNumbers, 2));
        List<Sentence> claims = results.get().sentences().stream().filter(s -> reading.tone(s)[0] > 0).toList();
        evidence.addAll(ContentFindings.quotes(reading, claims.isEmpty() ? results.get().sentences() : claims, 3));
        String explanation = "Phần kết quả, ưu điểm có " + sentences + " câu nhưng không nêu kết quả cụ thể nào: "
                + "không có số liệu, tỷ lệ, sản phẩm hay nhiệm vụ được gọi tên"
                + (otherNumbers > 0 ? "; " + otherNumbers + " con số trong phần này chỉ là ngày tháng, năm hoặc "
                + "số hiệu văn bản." : ".");
        double score = 0.5 + 0.5 * Math.min(1, sentences / 10.0);
        return Optional.of(ContentFindings.finding(SignalId.NO_CONCRETE_RESULTS, Severity.MEDIUM, score,
                reading.document(), evidence, measures, explanation, settings.text("content.results.rule")));
    }
}
