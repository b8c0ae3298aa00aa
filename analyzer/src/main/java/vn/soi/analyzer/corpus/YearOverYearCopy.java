package vn.soi.analyzer.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.analyzer.finding.Subject;
import vn.soi.analyzer.records.Findings;
import vn.soi.analyzer.records.PhraseLexicon;
import vn.soi.analyzer.signal.AnalysisContext;
import vn.soi.analyzer.signal.Requirement;
import vn.soi.analyzer.signal.Signal;
import vn.soi.analyzer.signal.SignalSettings;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Section;
import vn.soi.indexer.document.SectionKind;

/**
 * {@code YEAR_OVER_YEAR_COPY}: the report of one person (or collective) for year N repeats most of the report for year
 * N-1. Stickiness (Dyer, Lang &amp; Stice-Lawrence 2017) is the share of the year-N report's syllable 8-grams
 * ({@code corpus.yoy.shingle}) found in the year N-1 report, after the template's phrases are removed; the signal
 * fires at {@code corpus.yoy.minStickiness}. The same share over the shortcomings parts is measured too: when the
 * shortcomings repeat as much, nothing was remedied, and the severity is high. Reports are joined by subject key
 * (name and unit, or the collective's unit) and type; pairs are found as soon as both years have been seen. At most
 * {@code corpus.yoy.maxKept} reports are kept (a heap bound); later ones are still compared with their kept neighbours.
 */
public final class YearOverYearCopy implements Signal {

    @Override
    public SignalId id() {
        return SignalId.YEAR_OVER_YEAR_COPY;
    }

    @Override
    public Set<Requirement> requires() {
        return Set.of(Requirement.REPORT_FIELDS, Requirement.REPORT_SECTIONS);
    }

    @Override
    public Session start(AnalysisContext context) {
        return new Run(context.settings());
    }

    private record Entry(DocumentRef ref, BottomK all, BottomK shortcomings, SentenceTable sentences) {
    }

    private final class Run implements Session {
        private final PhraseLexicon template;
        private final int shingle;
        private final int sketchSize;
        private final double minStickiness;
        private final int minShingles;
        private final int maxQuotes;
        private final int minQuoteChars;
        private final int maxKept;
        private final Map<String, Entry> byKeyYear = new HashMap<>();
        private final List<Finding> findings = new ArrayList<>();

        Run(SignalSettings settings) {
            template = CorpusSettings.template(settings);
            shingle = settings.integer("corpus.yoy.shingle");
            sketchSize = settings.integer("corpus.yoy.sketchSize");
            minStickiness = settings.decimal("corpus.yoy.minStickiness");
            minShingles = settings.integer("corpus.yoy.minShingles");
            maxQuotes = settings.integer("corpus.yoy.maxQuotes");
            minQuoteChars = settings.integer("corpus.yoy.minQuoteChars");
            maxKept = settings.integer("corpus.yoy.maxKept");
        }

        @Override
        public void observe(ParsedDocument document) {
            if (!document.type().isReport()) {
                return;
            }
            DocumentRef ref = DocumentRef.of(document);
            if (ref.subjectKey() == null || ref.year() == null) {
                return;
            }
            String key = ref.subjectKey() + "|" + ref.type();
            if (byKeyYear.containsKey(key + "|" + ref.year())) {
                return;
            }
            String text = document.text();
            List<ReportText.Sentence> sentences = ReportText.sentences(text, template);
            List<Section> parts = document.sections(SectionKind.SHORTCOMINGS).toList();
            List<ReportText.Sentence> inShortcomings = sentences.stream()
                    .filter(s -> parts.stream().anyMatch(p -> s.start() >= p.start() && s.start() < p.end())).toList();
            Entry entry = new Entry(ref, BottomK.of(Hashes.shingles(sentences, shingle), sketchSize),
                    BottomK.of(Hashes.shingles(inShortcomings, shingle), sketchSize),
                    new SentenceTable(text, sentences, inShortcomings::contains));
            if (byKeyYear.size() < maxKept) {
                byKeyYear.put(key + "|" + ref.year(), entry);
            }
            Entry previous = byKeyYear.get(key + "|" + (ref.year() - 1));
            if (previous != null) {
                compare(previous, entry, entry, text);
            }
            Entry next = byKeyYear.get(key + "|" + (ref.year() + 1));
            if (next != null) {
                compare(entry, next, entry, text);
            }
        }

        private void compare(Entry earlier, Entry later, Entry inHand, String inHandText) {
            if (later.all.size() < minShingles) {
                return;
            }
            double jaccard = later.all.jaccard(earlier.all);
            double stickiness = later.all.containedIn(earlier.all, jaccard);
            if (stickiness < minStickiness) {
                return;
            }
            Double shortcomings = null;
            if (later.shortcomings.size() > 0 && earlier.shortcomings.size() > 0) {
                double j = later.shortcomings.jaccard(earlier.shortcomings);
                shortcomings = later.shortcomings.containedIn(earlier.shortcomings, j);
            }
            Entry kept = inHand == later ? earlier : later;
            List<SentenceTable.Shared> shared = kept.sentences.sharedWith(inHand.sentences, inHandText,
                    kept.ref.path(), inHand.ref.path(), minQuoteChars, maxQuotes);
            List<Evidence> evidence = new ArrayList<>();
            for (SentenceTable.Shared s : shared) {
                evidence.add(later == inHand ? s.inHand() : s.kept());
                evidence.add(later == inHand ? s.kept() : s.inHand());
            }
            if (shared.isEmpty()) {
                evidence.add(Evidence.row(later.ref.path(), "Bản năm " + later.ref.year()));
                evidence.add(Evidence.row(earlier.ref.path(), "Bản năm " + earlier.ref.year()));
            }
            boolean sameShortcomings = shortcomings != null && shortcomings >= minStickiness;
            Map<String, Object> measures = new LinkedHashMap<>();
            measures.put("stickiness", round(stickiness));
            measures.put("previousDocument", earlier.ref.path());
            measures.put("years", List.of(earlier.ref.year(), later.ref.year()));
            if (shortcomings != null) {
                measures.put("shortcomingsStickiness", round(shortcomings));
            }
            measures.put("sharedSentencesVerbatim", kept.sentences.countShared(inHand.sentences));
            measures.put("method", shingle + "-syllable shingles reused from the previous year, template removed");
            String explanation = "Bản năm " + later.ref.year() + " của " + later.ref.who() + " lặp lại "
                    + Math.round(stickiness * 100) + "% nội dung bản năm " + earlier.ref.year()
                    + (shortcomings == null ? "" : "; phần hạn chế, khuyết điểm lặp lại " + Math.round(shortcomings * 100)
                    + "%") + (sameShortcomings ? ": hạn chế năm trước được nêu lại, chưa thấy khắc phục." : ".");
            findings.add(Findings.create(id(), sameShortcomings ? Severity.HIGH : Severity.MEDIUM, stickiness,
                    later.ref.path(), later.ref.type(),
                    new Subject(later.ref.type() == DocumentType.COLLECTIVE_REPORT ? Subject.Kind.COLLECTIVE
                            : Subject.Kind.PERSON, later.ref.who(), later.ref.unit(), later.ref.year()),
                    evidence, measures, explanation,
                    "Kiểm điểm phải làm rõ kết quả khắc phục hạn chế đã chỉ ra ở kỳ trước (seed 002)",
                    List.of(earlier.ref.contentHash(), later.ref.contentHash())));
        }

        @Override
        public List<Finding> finish() {
            findings.sort(Comparator.comparing(Finding::document).thenComparing(Finding::key));
            return List.copyOf(findings);
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
