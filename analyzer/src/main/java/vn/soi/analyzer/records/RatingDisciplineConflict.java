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
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Rating;
import vn.soi.indexer.records.Ambiguity;
import vn.soi.indexer.records.IdentityIndex;
import vn.soi.indexer.records.IdentityKey;
import vn.soi.indexer.records.PersonKey;
import vn.soi.indexer.records.RatingRecord;
import vn.soi.indexer.records.RegisterRecord;

/**
 * {@code RATING_DISCIPLINE_CONFLICT}: a person disciplined in the review year (decision dated in that year) is
 * self-rated or rated above the highest level the rule in force allows ({@code discipline.maxAllowed} in
 * {@code rules-by-year.tsv}); severity by year ({@code discipline.severity}). Joins by person key (normalised name
 * and unit). A key that the registers show to cover two people (two different levels in one year) is still reported,
 * at low severity, with the ambiguity named, never resolved by guessing.
 */
public final class RatingDisciplineConflict implements Signal {

    private final RulesByYear rules;

    /** With the rules of {@code seeds/signals/rules-by-year.tsv}. */
    public RatingDisciplineConflict() {
        this(RulesByYear.load());
    }

    /** With the given rules (tests). */
    public RatingDisciplineConflict(RulesByYear rules) {
        this.rules = rules;
    }

    @Override
    public SignalId id() {
        return SignalId.RATING_DISCIPLINE_CONFLICT;
    }

    @Override
    public Set<Requirement> requires() {
        return Set.of(Requirement.REPORT_FIELDS, Requirement.DISCIPLINE_RECORDS, Requirement.RATING_RECORDS);
    }

    @Override
    public Session start(AnalysisContext context) {
        return new Run();
    }

    private final class Run implements Session {
        private final List<RatingClaim> ratings = new ArrayList<>();
        private final List<DisciplineEvent> disciplines = new ArrayList<>();
        private final List<RegisterRecord> registerRows = new ArrayList<>();

        @Override
        public void observe(ParsedDocument document) {
            RecordReader.ratings(document).stream().filter(c -> c.key() instanceof PersonKey).forEach(ratings::add);
            RecordReader.disciplines(document).stream().filter(d -> d.key() instanceof PersonKey)
                    .forEach(disciplines::add);
            registerRows.addAll(document.records());
        }

        @Override
        public List<Finding> finish() {
            Map<IdentityKey, String> ambiguous = new LinkedHashMap<>();
            // Two different levels for one key and year mean two people; other hints (a duplicated row, a position
            // written two ways) are too weak to lower a finding.
            IdentityIndex.of(registerRows).ambiguities().stream()
                    .filter(a -> a.reason() == Ambiguity.Reason.TWO_RATINGS_SAME_YEAR)
                    .filter(a -> a.records().stream().map(r -> ((RatingRecord) r).rating()).distinct().count() > 1)
                    .forEach(a -> ambiguous.putIfAbsent(a.key(), a.reason().label()));
            Map<String, List<RatingClaim>> byPersonYear = new LinkedHashMap<>();
            for (RatingClaim claim : ratings) {
                byPersonYear.computeIfAbsent(claim.key() + "|" + claim.year(), k -> new ArrayList<>()).add(claim);
            }
            Map<String, List<DisciplineEvent>> disciplined = new LinkedHashMap<>();
            for (DisciplineEvent event : disciplines) {
                disciplined.computeIfAbsent(event.key() + "|" + event.decided().getYear(), k -> new ArrayList<>())
                        .add(event);
            }
            List<Finding> findings = new ArrayList<>();
            for (List<RatingClaim> claims : byPersonYear.values()) {
                RatingClaim first = claims.get(0);
                YearRules yearRules = rules.forYear(first.year());
                Rating allowed = yearRules.rating("discipline.maxAllowed");
                List<RatingClaim> above = claims.stream().filter(c -> c.rating().isAbove(allowed)).toList();
                List<DisciplineEvent> same = new ArrayList<>();
                claims.stream().flatMap(c -> c.keys().stream()).distinct().forEach(k -> same.addAll(
                        disciplined.getOrDefault(k + "|" + first.year(), List.of())));
                if (!above.isEmpty() && !same.isEmpty()) {
                    findings.add(finding(above, same, yearRules, allowed, ambiguous.get(first.key())));
                }
            }
            return findings;
        }

        private Finding finding(List<RatingClaim> above, List<DisciplineEvent> events, YearRules yearRules,
                                Rating allowed, String ambiguity) {
            RatingClaim main = above.stream().filter(c -> c.source() == RatingClaim.Source.SELF).findFirst()
                    .orElse(above.get(0));
            DisciplineEvent event = events.get(0);
            List<Evidence> evidence = new ArrayList<>();
            Set<String> hashes = new LinkedHashSet<>();
            for (RatingClaim c : above) {
                evidence.add(c.evidence());
                hashes.add(c.contentHash());
            }
            for (DisciplineEvent d : events) {
                evidence.add(d.evidence());
                hashes.add(d.contentHash());
            }
            Severity severity = ambiguity == null ? yearRules.severity("discipline.severity") : Severity.LOW;
            double score = (severity == Severity.HIGH ? 0.9 : 0.7) + (above.size() > 1 ? 0.05 : 0)
                    - (ambiguity == null ? 0 : 0.35);
            Map<String, Object> measures = new LinkedHashMap<>();
            measures.put("year", main.year());
            measures.put("ratings", above.stream().map(c -> c.source().name() + ":" + c.rating().abbreviation())
                    .toList());
            measures.put("highestAllowed", allowed.abbreviation());
            measures.put("disciplines", events.stream().map(d -> d.form().label() + " " + d.decidedText()).toList());
            measures.put("regulation", yearRules.text("regulation"));
            if (ambiguity != null) {
                measures.put("identityAmbiguity", ambiguity);
            }
            String rated = above.stream().map(c -> c.source().label() + " " + c.rating().label()).distinct()
                    .reduce((a, b) -> a + ", " + b).orElseThrow();
            String explanation = main.name() + " (" + main.unit() + ") " + rated + " năm " + main.year()
                    + " nhưng bị kỷ luật " + event.form().label().toLowerCase(java.util.Locale.ROOT) + " ngày "
                    + event.decidedText() + " trong năm đánh giá; người bị kỷ luật trong năm không được xếp loại cao hơn "
                    + allowed.label() + "."
                    + (ambiguity == null ? "" : " Lưu ý: danh tính chưa chắc chắn (" + ambiguity
                    + "), cần xác minh trước khi kết luận.");
            return Findings.create(id(), severity, score, main.document(), main.documentType(),
                    new Subject(Subject.Kind.PERSON, main.name(), main.unit(), main.year()), evidence, measures,
                    explanation, yearRules.text("discipline.rule") + " (" + yearRules.text("regulation") + ")",
                    hashes);
        }
    }
}
