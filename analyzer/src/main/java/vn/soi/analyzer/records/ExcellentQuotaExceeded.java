package vn.soi.analyzer.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Rating;
import vn.soi.indexer.records.PersonKey;
import vn.soi.indexer.records.RatingRecord;
import vn.soi.indexer.records.RegisterRecord;

/**
 * {@code EXCELLENT_QUOTA_EXCEEDED}: in one unit and review year, the people rated "Hoàn thành xuất sắc nhiệm vụ" in the
 * rating registers exceed {@code quota.percent} of those rated "Hoàn thành tốt nhiệm vụ" (the base of the rule in
 * force). Exactly at the quota is not exceeded. Where the year allows an exception ({@code quota.exceptionPercent},
 * 25% from 2025 for outstanding units) a share within it is reported at low severity with the exception named; so is
 * a year whose base is unconfirmed ({@code quota.confirmed}). Each person counts once per unit and year.
 */
public final class ExcellentQuotaExceeded implements Signal {

    private final RulesByYear rules;

    /** With the rules of {@code seeds/signals/rules-by-year.tsv}. */
    public ExcellentQuotaExceeded() {
        this(RulesByYear.load());
    }

    /** With the given rules (tests). */
    public ExcellentQuotaExceeded(RulesByYear rules) {
        this.rules = rules;
    }

    @Override
    public SignalId id() {
        return SignalId.EXCELLENT_QUOTA_EXCEEDED;
    }

    @Override
    public Set<Requirement> requires() {
        return Set.of(Requirement.RATING_RECORDS);
    }

    @Override
    public Session start(AnalysisContext context) {
        return new Run(context.settings().integer("records.quota.maxEvidenceRows"));
    }

    /** The ratings of one unit in one year. */
    private static final class UnitYear {
        final String unit;
        final int year;
        final Map<PersonKey, Rating> ratings = new LinkedHashMap<>();
        final List<Evidence> excellentRows = new ArrayList<>();
        final Map<String, String> documents = new LinkedHashMap<>();

        UnitYear(String unit, int year) {
            this.unit = unit;
            this.year = year;
        }
    }

    private final class Run implements Session {
        private final int maxRows;
        private final Map<String, UnitYear> units = new LinkedHashMap<>();

        Run(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void observe(ParsedDocument document) {
            for (RegisterRecord record : document.records()) {
                if (record instanceof RatingRecord r && !r.collective()) {
                    PersonKey key = PersonKey.of(r.subject(), r.unit());
                    UnitYear group = units.computeIfAbsent(key.unit() + "|" + r.year(),
                            k -> new UnitYear(r.unit(), r.year()));
                    group.documents.putIfAbsent(ReviewFacts.path(document), document.provenance().contentHash());
                    if (group.ratings.putIfAbsent(key, r.rating()) == null && r.rating() == Rating.EXCELLENT
                            && group.excellentRows.size() < maxRows) {
                        group.excellentRows.add(Evidence.row(ReviewFacts.path(document), RecordReader.render(r)));
                    }
                }
            }
        }

        @Override
        public List<Finding> finish() {
            List<Finding> findings = new ArrayList<>();
            for (UnitYear group : units.values()) {
                long excellent = group.ratings.values().stream().filter(r -> r == Rating.EXCELLENT).count();
                long good = group.ratings.values().stream().filter(r -> r == Rating.GOOD).count();
                YearRules yearRules = rules.forYear(group.year);
                double quota = yearRules.decimal("quota.percent");
                // Exact arithmetic in hundredths: exactly at the quota is not "exceeding".
                if (excellent > 0 && excellent * 100 > quota * good) {
                    findings.add(finding(group, excellent, good, yearRules, quota));
                }
            }
            return findings;
        }

        private Finding finding(UnitYear group, long excellent, long good, YearRules yearRules, double quota) {
            double exception = yearRules.decimal("quota.exceptionPercent");
            boolean withinException = exception > quota && excellent * 100 <= exception * good;
            boolean confirmed = yearRules.flag("quota.confirmed");
            Severity severity = withinException || !confirmed ? Severity.LOW : Severity.MEDIUM;
            double share = Findings.percent(excellent, good);
            Map<String, Object> measures = new LinkedHashMap<>();
            measures.put("year", group.year);
            measures.put("excellent", excellent);
            measures.put("good", good);
            measures.put("rated", group.ratings.size());
            measures.put("base", "HTTNV");
            measures.put("sharePercentOfBase", good == 0 ? "không xác định (không có HTTNV)" : share);
            measures.put("quotaPercent", quota);
            measures.put("sharePercentOfAllRated", Findings.percent(excellent, group.ratings.size()));
            if (exception > quota) {
                measures.put("exceptionPercent", exception);
                measures.put("withinException", withinException);
            }
            measures.put("baseConfirmed", confirmed);
            measures.put("regulation", yearRules.text("regulation"));
            String explanation = group.unit + " năm " + group.year + ": " + excellent
                    + " người Hoàn thành xuất sắc nhiệm vụ so với " + good + " người Hoàn thành tốt nhiệm vụ ("
                    + (good == 0 ? "không có người Hoàn thành tốt làm cơ sở" : Findings.vi(share) + "%")
                    + "), vượt mức " + Findings.vi(quota) + "% số Hoàn thành tốt nhiệm vụ"
                    + (withinException ? "; vẫn trong mức ngoại lệ " + Findings.vi(exception)
                    + "% dành cho đơn vị có thành tích nổi bật, cần kiểm tra đơn vị có được áp dụng không" : "")
                    + (confirmed ? "" : "; cơ sở tính của năm này chưa được xác nhận nguyên văn")
                    + ". Tính trên tổng số được xếp loại thì tỷ lệ là "
                    + Findings.vi(Findings.percent(excellent, group.ratings.size())) + "%.";
            double score = good == 0 ? 1 : 0.5 + 0.5 * Math.min(1, (excellent * 100.0 / good - quota) / quota);
            List<Evidence> evidence = new ArrayList<>(group.excellentRows);
            Set<String> named = new LinkedHashSet<>();
            evidence.forEach(e -> named.add(e.document()));
            group.documents.keySet().stream().filter(d -> !named.contains(d))
                    .forEach(d -> evidence.add(Evidence.row(d, group.unit + " | " + group.year)));
            String document = group.documents.keySet().iterator().next();
            return Findings.create(id(), severity, score, document, DocumentType.RATING_REGISTER,
                    new Subject(Subject.Kind.UNIT, group.unit, group.unit, group.year), evidence, measures,
                    explanation, yearRules.text("quota.rule"), group.documents.values());
        }
    }
}
