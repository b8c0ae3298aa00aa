package vn.soi.analyzer.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
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
import vn.soi.indexer.document.ExtractedField;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Rating;
import vn.soi.indexer.document.SectionKind;

/**
 * {@code SELF_SCORE_INCONSISTENT}: in a review year that uses points ({@code points.used}, from 2025), the points of a
 * report or minutes do not add up (general + results != total), exceed their maximum, or the proposed level does not
 * match the band of the total; or "Hoàn thành xuất sắc nhiệm vụ" is proposed while the report admits shortcomings not
 * yet remedied ({@code records/not-remedied.txt}). A proposed level above its band is high severity; the rest medium,
 * and a level below its band low.
 */
public final class SelfScoreInconsistent implements Signal {

    private static final double EPSILON = 1e-6;

    private final RulesByYear rules;

    /** With the rules of {@code seeds/signals/rules-by-year.tsv}. */
    public SelfScoreInconsistent() {
        this(RulesByYear.load());
    }

    /** With the given rules (tests). */
    public SelfScoreInconsistent(RulesByYear rules) {
        this.rules = rules;
    }

    @Override
    public SignalId id() {
        return SignalId.SELF_SCORE_INCONSISTENT;
    }

    @Override
    public Set<Requirement> requires() {
        return Set.of(Requirement.REPORT_FIELDS, Requirement.REPORT_SECTIONS, Requirement.MINUTES);
    }

    @Override
    public Session start(AnalysisContext context) {
        return new Run(new PhraseLexicon(context.settings().lexicon("records/not-remedied.txt")));
    }

    private final class Run implements Session {
        private final PhraseLexicon notRemedied;
        private final List<Finding> findings = new ArrayList<>();

        Run(PhraseLexicon notRemedied) {
            this.notRemedied = notRemedied;
        }

        @Override
        public void observe(ParsedDocument document) {
            if (!document.type().isReport() && document.type() != DocumentType.MINUTES) {
                return;
            }
            Optional<Integer> year = ReviewFacts.year(document);
            if (year.isEmpty()) {
                return;
            }
            YearRules yearRules = rules.forYear(year.get());
            if (!yearRules.has("points.used") || !yearRules.flag("points.used")) {
                return;
            }
            List<String> problems = new ArrayList<>();
            List<Evidence> evidence = new ArrayList<>();
            Map<String, Object> measures = new LinkedHashMap<>();
            Severity severity = Severity.LOW;
            OptionalDouble general = points(document, FieldName.POINTS_GENERAL);
            OptionalDouble results = points(document, FieldName.POINTS_RESULTS);
            OptionalDouble total = points(document, FieldName.POINTS_TOTAL);
            general.ifPresent(v -> measures.put("pointsGeneral", v));
            results.ifPresent(v -> measures.put("pointsResults", v));
            total.ifPresent(v -> measures.put("pointsTotal", v));
            if (general.isPresent() && results.isPresent() && total.isPresent()
                    && Math.abs(general.getAsDouble() + results.getAsDouble() - total.getAsDouble()) > EPSILON) {
                problems.add("điểm tiêu chí chung " + Findings.vi(general.getAsDouble()) + " cộng điểm kết quả "
                        + Findings.vi(results.getAsDouble()) + " bằng "
                        + Findings.vi(general.getAsDouble() + results.getAsDouble()) + ", không phải tổng "
                        + Findings.vi(total.getAsDouble()));
                severity = Severity.MEDIUM;
            }
            double generalMax = yearRules.decimal("points.generalMax");
            double resultsMax = yearRules.decimal("points.resultsMax");
            if (general.isPresent() && general.getAsDouble() > generalMax + EPSILON
                    || results.isPresent() && results.getAsDouble() > resultsMax + EPSILON
                    || total.isPresent() && total.getAsDouble() > generalMax + resultsMax + EPSILON) {
                problems.add("điểm vượt mức tối đa (" + Findings.vi(generalMax) + " + " + Findings.vi(resultsMax) + ")");
                severity = Severity.MEDIUM;
            }
            Optional<ExtractedField> levelField = ReviewFacts.field(document, FieldName.SELF_RATING)
                    .or(() -> ReviewFacts.field(document, FieldName.RATING));
            Optional<Rating> level = levelField.flatMap(f -> Rating.parse(f.value()));
            level.ifPresent(l -> measures.put("proposedLevel", l.abbreviation()));
            if (level.isPresent() && total.isPresent()) {
                Rating band = band(total.getAsDouble(), yearRules);
                measures.put("bandOfTotal", band.abbreviation());
                if (band != level.get()) {
                    problems.add("mức đề xuất " + level.get().label() + " không khớp khung điểm của tổng "
                            + Findings.vi(total.getAsDouble()) + " (" + band.label() + ")");
                    severity = level.get().isAbove(band) ? Severity.HIGH : max(severity, Severity.LOW);
                }
            }
            if (level.isPresent() && level.get() == Rating.EXCELLENT) {
                List<PhraseLexicon.Match> admitted = notRemediedIn(document);
                if (!admitted.isEmpty()) {
                    problems.add("đề xuất Hoàn thành xuất sắc nhiệm vụ trong khi báo cáo thừa nhận còn hạn chế "
                            + "chưa khắc phục (\"" + admitted.get(0).phrase() + "\")");
                    severity = max(severity, Severity.MEDIUM);
                    admitted.stream().limit(3).forEach(m -> evidence.add(sentenceAround(document, m)));
                    measures.put("notRemediedPhrases", admitted.size());
                }
            }
            if (problems.isEmpty()) {
                return;
            }
            List<Evidence> fields = new ArrayList<>();
            for (FieldName name : List.of(FieldName.POINTS_GENERAL, FieldName.POINTS_RESULTS, FieldName.POINTS_TOTAL,
                    FieldName.SELF_RATING, FieldName.RATING)) {
                ReviewFacts.field(document, name).ifPresent(f -> fields.add(ReviewFacts.quote(document, f)));
            }
            evidence.addAll(0, fields);
            Set<Evidence> unique = new LinkedHashSet<>(evidence);
            measures.put("problems", problems.size());
            measures.put("regulation", yearRules.text("regulation"));
            String explanation = "Năm " + year.get() + ": " + String.join("; ", problems) + ".";
            double score = Math.min(1, (severity == Severity.HIGH ? 0.8 : severity == Severity.MEDIUM ? 0.6 : 0.4)
                    + 0.1 * (problems.size() - 1));
            findings.add(Findings.create(id(), severity, score, ReviewFacts.path(document), document.type(),
                    new Subject(document.type() == DocumentType.COLLECTIVE_REPORT ? Subject.Kind.COLLECTIVE
                            : Subject.Kind.PERSON, RecordReader.subjectName(document),
                            ReviewFacts.unit(document).orElse(""), year.get()),
                    List.copyOf(unique), measures, explanation, yearRules.text("points.rule"),
                    List.of(document.provenance().contentHash())));
        }

        private List<PhraseLexicon.Match> notRemediedIn(ParsedDocument document) {
            List<PhraseLexicon.Match> matches = new ArrayList<>();
            List<int[]> parts = document.sections().stream()
                    .filter(s -> s.kind() == SectionKind.REMEDIATION || s.kind() == SectionKind.SHORTCOMINGS)
                    .map(s -> new int[] {s.start(), Math.min(s.end(), document.text().length())}).toList();
            if (parts.isEmpty()) {
                parts = List.<int[]>of(new int[] {0, document.text().length()});
            }
            for (int[] part : parts) {
                for (PhraseLexicon.Match m : notRemedied.find(document.text().substring(part[0], part[1]))) {
                    matches.add(new PhraseLexicon.Match(m.phrase(), m.start() + part[0], m.end() + part[0]));
                }
            }
            return matches;
        }

        @Override
        public List<Finding> finish() {
            return List.copyOf(findings);
        }
    }

    private static Evidence sentenceAround(ParsedDocument document, PhraseLexicon.Match match) {
        String text = document.text();
        int start = match.start();
        while (start > 0 && ".!?\n;".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = match.end();
        while (end < text.length() && ".!?\n;".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return ReviewFacts.span(document, start, Math.min(text.length(), end + (end < text.length() ? 1 : 0)));
    }

    private static Rating band(double total, YearRules yearRules) {
        if (total >= yearRules.decimal("points.bandExcellent") - EPSILON) {
            return Rating.EXCELLENT;
        }
        if (total >= yearRules.decimal("points.bandGood") - EPSILON) {
            return Rating.GOOD;
        }
        if (total >= yearRules.decimal("points.bandCompleted") - EPSILON) {
            return Rating.COMPLETED;
        }
        return Rating.NOT_COMPLETED;
    }

    private static Severity max(Severity a, Severity b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static OptionalDouble points(ParsedDocument document, FieldName name) {
        Optional<String> value = document.field(name);
        if (value.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(value.get().strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
