package vn.soi.analyzer.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.analyzer.finding.Subject;
import vn.soi.analyzer.signal.AnalysisContext;
import vn.soi.analyzer.signal.Requirement;
import vn.soi.analyzer.signal.Signal;
import vn.soi.indexer.document.ParsedDocument;

/**
 * {@code STATISTICS_INCONSISTENT}: a document states a share that does not match its own counts ("5/120 (chiếm 8%)"),
 * allowing rounding or truncation to the stated decimals, so "3/71 (chiếm 4,2%)" and "14/5.220 (0,26%)" hold. One
 * finding per document, quoting every statement that does not hold. Severity medium when a share is off by at least
 * {@code records.statistics.mediumGapPoints} percentage points, low otherwise.
 */
public final class StatisticsInconsistent implements Signal {

    @Override
    public SignalId id() {
        return SignalId.STATISTICS_INCONSISTENT;
    }

    @Override
    public Set<Requirement> requires() {
        return Set.of();
    }

    @Override
    public Session start(AnalysisContext context) {
        return new Run(context.settings().integer("records.statistics.maxGapChars"),
                context.settings().decimal("records.statistics.mediumGapPoints"));
    }

    private final class Run implements Session {
        private final int maxGap;
        private final double mediumGap;
        private final List<Finding> findings = new ArrayList<>();

        Run(int maxGap, double mediumGap) {
            this.maxGap = maxGap;
            this.mediumGap = mediumGap;
        }

        @Override
        public void observe(ParsedDocument document) {
            if (document.type().isRegister()) {
                return;
            }
            List<ShareStatement> wrong = ShareStatement.find(document.text(), maxGap).stream()
                    .filter(s -> !s.holds()).toList();
            if (wrong.isEmpty()) {
                return;
            }
            List<Evidence> evidence = new ArrayList<>();
            List<String> checks = new ArrayList<>();
            double worst = 0;
            for (ShareStatement s : wrong) {
                evidence.add(new Evidence(ReviewFacts.path(document), s.quote(), s.start(), s.end()));
                double gap = Math.abs(s.actual() - s.stated().doubleValue());
                worst = Math.max(worst, gap);
                checks.add(s.part() + "/" + s.whole() + " = " + Findings.vi(Math.round(s.actual() * 100) / 100.0)
                        + "%, ghi " + Findings.vi(s.stated().doubleValue()) + "%");
            }
            Map<String, Object> measures = new LinkedHashMap<>();
            measures.put("inconsistentShares", checks);
            measures.put("largestGapPoints", Math.round(worst * 100) / 100.0);
            String explanation = "Tỷ lệ ghi trong văn bản không khớp với chính các số đếm đi kèm: "
                    + String.join("; ", checks) + ".";
            findings.add(Findings.create(id(), worst >= mediumGap ? Severity.MEDIUM : Severity.LOW,
                    0.4 + Math.min(0.6, worst / 10), ReviewFacts.path(document), document.type(),
                    new Subject(Subject.Kind.DOCUMENT, RecordReader.subjectName(document),
                            ReviewFacts.unit(document).orElse(""), ReviewFacts.year(document).orElse(null)),
                    evidence, measures, explanation,
                    "Số liệu báo cáo phải khớp với số đếm (seed 002: 14/5.220 đảng viên, 0,26%)",
                    List.of(document.provenance().contentHash())));
        }

        @Override
        public List<Finding> finish() {
            return List.copyOf(findings);
        }
    }
}
