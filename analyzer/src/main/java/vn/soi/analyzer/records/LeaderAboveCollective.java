package vn.soi.analyzer.records;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.analyzer.finding.Subject;
import vn.soi.analyzer.signal.AnalysisContext;
import vn.soi.analyzer.signal.Requirement;
import vn.soi.analyzer.signal.Signal;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.records.CollectiveKey;
import vn.soi.indexer.records.PersonKey;

/**
 * {@code LEADER_ABOVE_COLLECTIVE}: the head of a unit is rated higher than the collective of the same unit in the same
 * year. A person is a head when a report says so ({@code HEAD} field) or the position starts with a title of
 * {@code records/head-positions.txt} (not "phó"). Each side's rating is the official one when known (register, then
 * decision), else the self-rating. Severity by year ({@code head.severity}).
 */
public final class LeaderAboveCollective implements Signal {

    private static final Comparator<RatingClaim> OFFICIAL_FIRST = Comparator.comparingInt(c -> switch (c.source()) {
        case REGISTER -> 0;
        case DECISION -> 1;
        case SELF -> 2;
    });

    private final RulesByYear rules;

    /** With the rules of {@code seeds/signals/rules-by-year.tsv}. */
    public LeaderAboveCollective() {
        this(RulesByYear.load());
    }

    /** With the given rules (tests). */
    public LeaderAboveCollective(RulesByYear rules) {
        this.rules = rules;
    }

    @Override
    public SignalId id() {
        return SignalId.LEADER_ABOVE_COLLECTIVE;
    }

    @Override
    public Set<Requirement> requires() {
        return Set.of(Requirement.REPORT_FIELDS, Requirement.RATING_RECORDS);
    }

    @Override
    public Session start(AnalysisContext context) {
        return new Run(new Positions(context.settings().lexicon("records/head-positions.txt"),
                context.settings().lexicon("records/leadership-positions.txt")));
    }

    private final class Run implements Session {
        private final Positions positions;
        private final Map<String, List<RatingClaim>> heads = new LinkedHashMap<>();
        private final Map<String, List<RatingClaim>> collectives = new LinkedHashMap<>();

        Run(Positions positions) {
            this.positions = positions;
        }

        @Override
        public void observe(ParsedDocument document) {
            for (RatingClaim claim : RecordReader.ratings(document)) {
                if (claim.key() instanceof CollectiveKey c) {
                    collectives.computeIfAbsent(c.unit() + "|" + claim.year(), k -> new ArrayList<>()).add(claim);
                } else if (claim.key() instanceof PersonKey p
                        && (claim.head() || positions.isHead(claim.position()))) {
                    heads.computeIfAbsent(p.unit() + "|" + claim.year(), k -> new ArrayList<>()).add(claim);
                }
            }
        }

        @Override
        public List<Finding> finish() {
            List<Finding> findings = new ArrayList<>();
            heads.forEach((unitYear, headClaims) -> {
                List<RatingClaim> collectiveClaims = collectives.get(unitYear);
                if (collectiveClaims == null) {
                    return;
                }
                Map<String, List<RatingClaim>> byHead = new LinkedHashMap<>();
                headClaims.forEach(c -> byHead.computeIfAbsent(c.key().toString(), k -> new ArrayList<>()).add(c));
                RatingClaim collective = collectiveClaims.stream().min(OFFICIAL_FIRST).orElseThrow();
                for (List<RatingClaim> claims : byHead.values()) {
                    RatingClaim head = claims.stream().min(OFFICIAL_FIRST).orElseThrow();
                    if (head.rating().isAbove(collective.rating())) {
                        findings.add(finding(head, collective));
                    }
                }
            });
            return findings;
        }

        private Finding finding(RatingClaim head, RatingClaim collective) {
            YearRules yearRules = rules.forYear(head.year());
            Severity severity = yearRules.severity("head.severity");
            int gap = collective.rating().ordinal() - head.rating().ordinal();
            Map<String, Object> measures = new LinkedHashMap<>();
            measures.put("year", head.year());
            measures.put("headRating", head.source().name() + ":" + head.rating().abbreviation());
            measures.put("collectiveRating", collective.source().name() + ":" + collective.rating().abbreviation());
            measures.put("levelsAbove", gap);
            measures.put("headPosition", head.position().isBlank() ? "người đứng đầu" : head.position());
            measures.put("regulation", yearRules.text("regulation"));
            String explanation = head.name() + " (" + (head.position().isBlank() ? "người đứng đầu" : head.position())
                    + ", " + head.unit() + ") " + head.source().label() + " " + head.rating().label() + " năm "
                    + head.year() + ", cao hơn tập thể " + collective.name() + " (" + collective.source().label()
                    + " " + collective.rating().label() + ") mà mình đứng đầu.";
            return Findings.create(id(), severity, 0.55 + 0.15 * gap, head.document(), head.documentType(),
                    new Subject(Subject.Kind.PERSON, head.name(), head.unit(), head.year()),
                    List.of(head.evidence(), collective.evidence()), measures, explanation,
                    yearRules.text("head.rule") + " (" + yearRules.text("regulation") + ")",
                    List.of(head.contentHash(), collective.contentHash()));
        }
    }
}
