package vn.soi.analyzer.content;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
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
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.SectionKind;

/**
 * {@code PRAISE_HEAVY}: the strengths part dominates the report ("đề cập nhiều ưu điểm, ít khuyết điểm", seed 002).
 * The measure is the ratio of the words of the strengths part to the words of the shortcomings part with its causes
 * (headings and stock phrases removed), with sentences and the evaluative tone (praise share of positive and negative phrases after
 * negation) reported beside it. The ratio is compared with the upper Tukey fence of the reports of the same type and
 * year seen in the run, kept between a fixed floor and ceiling; a report fires when its ratio is above the fence and
 * its tone is mainly praise, or when it states no shortcoming at all.
 */
public final class PraiseHeavy implements Signal {

    @Override
    public SignalId id() {
        return SignalId.PRAISE_HEAVY;
    }

    @Override
    public Set<Requirement> requires() {
        return EnumSet.of(Requirement.REPORT_SECTIONS, Requirement.REPORT_FIELDS, Requirement.CORPUS_STATISTICS);
    }

    @Override
    public Session start(AnalysisContext context) {
        return new Cohort(ContentVocabulary.from(context.settings()), context.settings());
    }

    /** The measures of one report kept until the cohort's fence is known. */
    private record Balance(ReportIdentity report, int strengthsSentences, int strengthsWords,
                           int shortcomingsSentences, int shortcomingsWords, boolean shortcomingsPart,
                           int positive, int negative, double ratio, List<Evidence> evidence) {

        double praiseShare() {
            return positive + negative == 0 ? 0 : (double) positive / (positive + negative);
        }
    }

    private record CohortKey(DocumentType type, Integer year) {
    }

    private static final class Cohort implements Session {

        private final ContentVocabulary vocabulary;
        private final SignalSettings settings;
        private final List<Balance> balances = new ArrayList<>();

        Cohort(ContentVocabulary vocabulary, SignalSettings settings) {
            this.vocabulary = vocabulary;
            this.settings = settings;
        }

        @Override
        public void observe(ParsedDocument document) {
            if (!document.type().isReport()) {
                return;
            }
            ReportReading reading = ReportReading.of(document, vocabulary);
            Optional<Part> strengths = reading.part(SectionKind.STRENGTHS);
            if (strengths.isEmpty()) {
                return;
            }
            Optional<Part> shortcomings = reading.part(SectionKind.SHORTCOMINGS);
            int positive = 0;
            int negative = 0;
            // The template's part II is "hạn chế, khuyết điểm và nguyên nhân": the analysis of causes nested in it is
            // self-criticism too, so it weighs on the critical side of the balance.
            List<Sentence> critical = new ArrayList<>(reading.sentences(SectionKind.SHORTCOMINGS));
            critical.addAll(reading.sentences(SectionKind.CAUSES));
            List<Sentence> toned = new ArrayList<>(strengths.get().sentences());
            toned.addAll(critical);
            for (Sentence sentence : toned) {
                int[] tone = reading.tone(sentence);
                positive += tone[0];
                negative += tone[1];
            }
            // "Không có" is no shortcoming: a part made only of empty answers counts as empty.
            List<Sentence> stated = critical.stream()
                    .filter(s -> !vocabulary.emptyAnswers().isEntry(s.tokens())).toList();
            int strengthsWords = strengths.get().words();
            int shortcomingsWords = stated.stream().mapToInt(Sentence::words).sum();
            double ratio = (double) strengthsWords / Math.max(1, shortcomingsWords);
            balances.add(new Balance(ReportIdentity.of(document), strengths.get().sentences().size(), strengthsWords,
                    stated.size(), shortcomingsWords, shortcomings.isPresent(),
                    positive, negative, ratio, evidence(reading, strengths.get(), shortcomings)));
        }

        @Override
        public List<Finding> finish() {
            Map<CohortKey, List<Balance>> cohorts = new HashMap<>();
            for (Balance balance : balances) {
                cohorts.computeIfAbsent(new CohortKey(balance.report().type(), balance.report().subject().year()),
                        k -> new ArrayList<>()).add(balance);
            }
            List<Finding> findings = new ArrayList<>();
            for (List<Balance> cohort : cohorts.values()) {
                TukeyFence fence = TukeyFence.of(cohort.stream().mapToDouble(Balance::ratio).toArray(),
                        settings.decimal("content.praise.tukey-k"), settings.decimal("content.praise.ratio-floor"),
                        settings.decimal("content.praise.ratio-ceiling"),
                        settings.integer("content.cohort.minimum-size"));
                for (Balance balance : cohort) {
                    judge(balance, fence).ifPresent(findings::add);
                }
            }
            return findings;
        }

        private Optional<Finding> judge(Balance balance, TukeyFence fence) {
            boolean missing = balance.shortcomingsWords() == 0;
            // A report that answers "Không có" under shortcomings is unbalanced whatever its length and tone. When no
            // shortcomings part was found at all, the reader may have missed its heading and left the shortcomings
            // inside the strengths part, so the length and tone tests still apply.
            boolean statedNone = missing && balance.shortcomingsPart();
            int minimum = statedNone ? 1 : settings.integer("content.praise.minimum-strengths-sentences");
            double minimumShare = statedNone ? 0 : settings.decimal("content.praise.minimum-praise-share");
            if (balance.strengthsSentences() < minimum || balance.ratio() <= fence.value()
                    || balance.praiseShare() < minimumShare) {
                return Optional.empty();
            }
            Map<String, Object> measures = new LinkedHashMap<>();
            measures.put("strengthsSentences", balance.strengthsSentences());
            measures.put("strengthsWords", balance.strengthsWords());
            measures.put("shortcomingsSentences", balance.shortcomingsSentences());
            measures.put("shortcomingsWords", balance.shortcomingsWords());
            measures.put("shortcomingsPart", balance.shortcomingsPart());
            measures.put("ratio", ContentFindings.rounded(balance.ratio()));
            measures.put("positivePhrases", balance.positive());
            measures.put("negativePhrases", balance.negative());
            measures.put("praiseShare", ContentFindings.rounded(balance.praiseShare()));
            measures.put("cohortFence", ContentFindings.rounded(fence.value()));
            measures.put("cohortSize", fence.cohort());
            measures.put("fenceFromCohort", fence.fromCohort());
            if (fence.fromCohort()) {
                measures.put("cohortQ1", ContentFindings.rounded(fence.q1()));
                measures.put("cohortQ3", ContentFindings.rounded(fence.q3()));
            }
            Severity severity = missing || balance.ratio() >= 2 * fence.value() ? Severity.HIGH : Severity.MEDIUM;
            double score = 0.5 + 0.5 * Math.min(1, Math.log(balance.ratio() / fence.value()) / Math.log(4));
            return Optional.of(ContentFindings.finding(SignalId.PRAISE_HEAVY, severity, score, balance.report(),
                    balance.evidence(), measures, explanation(balance, fence, missing),
                    settings.text("content.praise.rule")));
        }

        private static String explanation(Balance balance, TukeyFence fence, boolean missing) {
            String strengths = "Phần ưu điểm có " + balance.strengthsSentences() + " câu (" + balance.strengthsWords()
                    + " từ)";
            String threshold = fence.fromCohort()
                    ? "ngưỡng " + ContentFindings.decimal(fence.value()) + " của " + fence.cohort() + " "
                    + cohortName(balance.report()) + " cùng loại" + yearSuffix(balance.report())
                    : "ngưỡng cố định " + ContentFindings.decimal(fence.value());
            String tone = " Tỷ lệ cụm từ khen ngợi trên tổng cụm từ đánh giá là "
                    + Math.round(100 * balance.praiseShare()) + "%.";
            if (missing) {
                return strengths + " nhưng không có nội dung hạn chế, khuyết điểm nào; tỷ lệ "
                        + ContentFindings.decimal(balance.ratio()) + " lần, cao hơn " + threshold + "." + tone;
            }
            return strengths + ", phần hạn chế và nguyên nhân chỉ " + balance.shortcomingsSentences() + " câu ("
                    + balance.shortcomingsWords() + " từ); tỷ lệ số từ " + ContentFindings.decimal(balance.ratio())
                    + " lần, cao hơn " + threshold + "." + tone;
        }

        private static String cohortName(ReportIdentity report) {
            return report.type() == DocumentType.COLLECTIVE_REPORT ? "báo cáo kiểm điểm" : "bản kiểm điểm";
        }

        private static String yearSuffix(ReportIdentity report) {
            Integer year = report.subject().year();
            return year == null ? "" : " năm " + year;
        }

        private static List<Evidence> evidence(ReportReading reading, Part strengths, Optional<Part> shortcomings) {
            List<Evidence> evidence = new ArrayList<>();
            strengths.headingSpan().ifPresentOrElse(span -> evidence.add(ContentFindings.quote(reading, span)),
                    () -> evidence.addAll(ContentFindings.quotes(reading, strengths.sentences(), 1)));
            shortcomings.ifPresent(part -> {
                part.headingSpan().ifPresent(span -> evidence.add(ContentFindings.quote(reading, span)));
                evidence.addAll(ContentFindings.quotes(reading, part.sentences(), 3));
            });
            return evidence;
        }
    }
}
