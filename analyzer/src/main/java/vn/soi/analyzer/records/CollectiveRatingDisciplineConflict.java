package vn.soi.analyzer.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
import vn.soi.indexer.records.CollectiveKey;
import vn.soi.indexer.records.PersonKey;

/**
 * {@code COLLECTIVE_RATING_DISCIPLINE_CONFLICT}: a collective is rated (or rates itself) above
 * {@code collective.maxAllowed} of the year although, in that year, the organisation itself or a member of its
 * leadership was disciplined or prosecuted. A member belongs to the leadership when the discipline row names the same
 * unit and a position of {@code records/leadership-positions.txt}. Severity by year ({@code collective.severity}).
 */
public final class CollectiveRatingDisciplineConflict implements Signal {

    private final RulesByYear rules;

    /** With the rules of {@code seeds/signals/rules-by-year.tsv}. */
    public CollectiveRatingDisciplineConflict() {
        this(RulesByYear.load());
    }

    /** With the given rules (tests). */
    public CollectiveRatingDisciplineConflict(RulesByYear rules) {
        this.rules = rules;
    }

    @Override
    public SignalId id() {
        return SignalId.COLLECTIVE_RATING_DISCIPLINE_CONFLICT;
    }

    @Override
    public Set<Requirement> requires() {
        return Set.of(Requirement.REPORT_FIELDS, Requirement.DISCIPLINE_RECORDS, Requirement.RATING_RECORDS);
    }

    @Override
    public Session start(AnalysisContext context) {
        Positions positions = new Positions(context.settings().lexicon("records/head-positions.txt"),
                context.settings().lexicon("records/leadership-positions.txt"));
        return new Run(positions);
    }

    private final class Run implements Session {
        private final Positions positions;
        private final List<RatingClaim> ratings = new ArrayList<>();
        private final Map<String, List<DisciplineEvent>> byUnitYear = new LinkedHashMap<>();

        Run(Positions positions) {
            this.positions = positions;
        }

        @Override
        public void observe(ParsedDocument document) {
            RecordReader.ratings(document).stream().filter(c -> c.key() instanceof CollectiveKey)
                    .forEach(ratings::add);
            for (DisciplineEvent event : RecordReader.disciplines(document)) {
                String unit = null;
                if (event.key() instanceof CollectiveKey c) {
                    unit = c.unit();
                } else if (event.key() instanceof PersonKey p && positions.isLeadership(event.position())) {
                    unit = p.unit();
                }
                if (unit != null) {
                    byUnitYear.computeIfAbsent(unit + "|" + event.decided().getYear(), k -> new ArrayList<>())
                            .add(event);
                }
            }
        }

        @Override
        public List<Finding> finish() {
            Map<String, List<RatingClaim>> byCollectiveYear = new LinkedHashMap<>();
            for (RatingClaim claim : ratings) {
                byCollectiveYear.computeIfAbsent(((CollectiveKey) claim.key()).unit() + "|" + claim.year(),
                        k -> new ArrayList<>()).add(claim);
            }
            List<Finding> findings = new ArrayList<>();
            byCollectiveYear.forEach((unitYear, claims) -> {
                YearRules yearRules = rules.forYear(claims.get(0).year());
                Rating allowed = yearRules.rating("collective.maxAllowed");
                List<RatingClaim> above = claims.stream().filter(c -> c.rating().isAbove(allowed)).toList();
                List<DisciplineEvent> events = new ArrayList<>();
                claims.stream().flatMap(c -> c.keys().stream()).distinct()
                        .filter(CollectiveKey.class::isInstance)
                        .forEach(k -> events.addAll(byUnitYear.getOrDefault(((CollectiveKey) k).unit() + "|"
                                + claims.get(0).year(), List.of())));
                if (!above.isEmpty() && !events.isEmpty()) {
                    findings.add(finding(above, events, yearRules, allowed));
                }
            });
            return findings;
        }

        private Finding finding(List<RatingClaim> above, List<DisciplineEvent> events, YearRules yearRules,
                                Rating allowed) {
            RatingClaim main = above.stream().filter(c -> c.source() == RatingClaim.Source.SELF).findFirst()
                    .orElse(above.get(0));
            List<Evidence> evidence = new ArrayList<>();
            Set<String> hashes = new LinkedHashSet<>();
            above.forEach(c -> {
                evidence.add(c.evidence());
                hashes.add(c.contentHash());
            });
            events.forEach(d -> {
                evidence.add(d.evidence());
                hashes.add(d.contentHash());
            });
            Severity severity = yearRules.severity("collective.severity");
            double score = (severity == Severity.HIGH ? 0.85 : 0.65) + Math.min(0.15, 0.05 * (events.size() - 1))
                    + (main.rating() == Rating.EXCELLENT ? 0.05 : 0);
            Map<String, Object> measures = new LinkedHashMap<>();
            measures.put("year", main.year());
            measures.put("ratings", above.stream().map(c -> c.source().name() + ":" + c.rating().abbreviation())
                    .toList());
            measures.put("highestAllowed", allowed.abbreviation());
            measures.put("disciplinedLeadershipMembers", events.stream()
                    .map(d -> d.name() + (d.position().isBlank() ? "" : " (" + d.position() + ")") + ": "
                            + d.form().label() + " " + d.decidedText()).toList());
            measures.put("regulation", yearRules.text("regulation"));
            String who = events.stream().map(d -> d.name() + (d.position().isBlank() ? "" : ", " + d.position())
                    + " (" + d.form().label().toLowerCase(Locale.ROOT) + " ngày " + d.decidedText() + ")")
                    .reduce((a, b) -> a + "; " + b).orElseThrow();
            String explanation = "Tập thể " + main.name() + " " + main.source().label() + " " + main.rating().label()
                    + " năm " + main.year() + " trong khi " + who + " bị kỷ luật hoặc truy cứu trong cùng năm.";
            return Findings.create(id(), severity, score, main.document(), main.documentType(),
                    new Subject(Subject.Kind.COLLECTIVE, main.name(), main.unit(), main.year()), evidence, measures,
                    explanation, yearRules.text("collective.rule") + " (" + yearRules.text("regulation") + ")",
                    hashes);
        }
    }
}
