package vn.soi.analyzer.corpus;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import vn.soi.indexer.document.ParsedDocument;

/**
 * {@code COPIED_REPORT}: two reports of the same type by different people (or collectives) share most of their text
 * beyond the template's headings and stock phrases.
 *
 * <p>Method: the template's phrases are blanked, the rest cut into syllable shingles within sentences
 * ({@code corpus.copy.shingle}); a MinHash signature banded into {@code corpus.copy.bands} x {@code corpus.copy.rows}
 * finds candidates online in an LSH index (cost about linear in the corpus); a candidate is confirmed by the overlap
 * of the two reports' shingle sets (bottom-k samples of {@code corpus.copy.sketchSize}, exact for shorter reports):
 * Jaccard at least {@code corpus.copy.minJaccard} or containment at least {@code corpus.copy.minContainment}; a new
 * report is paired with at most {@code corpus.copy.maxPartners} earlier ones, the closest. Once
 * {@code corpus.copy.maxKept} reports are kept (a heap bound), later reports are still compared with the kept ones but
 * no longer kept themselves. The
 * evidence is every sentence both share verbatim, quoted with its offsets in each document; the earlier document's
 * text is never kept, only the hashes and offsets of its sentences.
 */
public final class CopiedReport implements Signal {

    @Override
    public SignalId id() {
        return SignalId.COPIED_REPORT;
    }

    @Override
    public Set<Requirement> requires() {
        return Set.of(Requirement.REPORT_FIELDS, Requirement.CORPUS_STATISTICS);
    }

    @Override
    public Session start(AnalysisContext context) {
        return new Run(context.settings());
    }

    /** What is kept of one report. */
    private record Entry(DocumentRef ref, BottomK sketch, SentenceTable sentences) {
    }

    private final class Run implements Session {
        private final PhraseLexicon template;
        private final int shingle;
        private final int sketchSize;
        private final int minShingles;
        private final double minJaccard;
        private final double minContainment;
        private final int maxQuotes;
        private final int minQuoteChars;
        private final int maxPartners;
        private final int maxKept;
        private final MinHash minHash;
        private final BandIndex index;
        private final List<Entry> entries = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();

        Run(SignalSettings settings) {
            template = CorpusSettings.template(settings);
            shingle = settings.integer("corpus.copy.shingle");
            sketchSize = settings.integer("corpus.copy.sketchSize");
            minShingles = settings.integer("corpus.copy.minShingles");
            minJaccard = settings.decimal("corpus.copy.minJaccard");
            minContainment = settings.decimal("corpus.copy.minContainment");
            maxQuotes = settings.integer("corpus.copy.maxQuotes");
            minQuoteChars = settings.integer("corpus.copy.minQuoteChars");
            maxPartners = settings.integer("corpus.copy.maxPartners");
            maxKept = settings.integer("corpus.copy.maxKept");
            minHash = new MinHash(settings.integer("corpus.copy.bands"), settings.integer("corpus.copy.rows"));
            index = new BandIndex(settings.integer("corpus.copy.maxBucket"));
        }

        @Override
        public void observe(ParsedDocument document) {
            if (!document.type().isReport()) {
                return;
            }
            String text = document.text();
            List<ReportText.Sentence> sentences = ReportText.sentences(text, template);
            int[] shingles = Hashes.shingles(sentences, shingle);
            if (shingles.length < minShingles) {
                return;
            }
            Entry entry = new Entry(DocumentRef.of(document), BottomK.of(shingles, sketchSize),
                    new SentenceTable(text, sentences, s -> false));
            long[] bandKeys = minHash.bandKeys(shingles);
            BitSet candidates = index.candidates(bandKeys);
            if (entries.size() < maxKept) {
                index.add(entries.size(), bandKeys);
                entries.add(entry);
            }
            List<double[]> confirmed = new ArrayList<>();
            for (int c = candidates.nextSetBit(0); c >= 0; c = candidates.nextSetBit(c + 1)) {
                Entry other = entries.get(c);
                if (comparable(other.ref, entry.ref)) {
                    double jaccard = other.sketch.jaccard(entry.sketch);
                    double keptIn = other.sketch.containedIn(entry.sketch, jaccard);
                    double inHandIn = entry.sketch.containedIn(other.sketch, jaccard);
                    if (jaccard >= minJaccard || Math.max(keptIn, inHandIn) >= minContainment) {
                        confirmed.add(new double[] {c, jaccard, keptIn, inHandIn});
                    }
                }
            }
            // A report close to many others sits in a cluster of near-identical reports: its closest partners show it.
            confirmed.sort(Comparator.comparingDouble((double[] m) -> -Math.max(m[1], Math.max(m[2], m[3]))));
            for (double[] m : confirmed.subList(0, Math.min(maxPartners, confirmed.size()))) {
                report(entries.get((int) m[0]), entry, text, sentences, m[1], m[2], m[3]);
            }
        }

        private boolean comparable(DocumentRef a, DocumentRef b) {
            if (a.type() != b.type()) {
                return false;
            }
            if (a.subjectKey() != null && a.subjectKey().equals(b.subjectKey())) {
                return false;
            }
            boolean sameFile = a.contentHash().equals(b.contentHash());
            return !(sameFile && (a.subjectKey() == null || b.subjectKey() == null));
        }

        private void report(Entry kept, Entry inHand, String text, List<ReportText.Sentence> sentences,
                            double jaccard, double keptIn, double inHandIn) {
            List<SentenceTable.Shared> shared = kept.sentences.sharedWith(inHand.sentences, text, kept.ref.path(),
                    inHand.ref.path(), minQuoteChars, maxQuotes);
            List<Evidence> evidence = new ArrayList<>();
            shared.forEach(s -> {
                evidence.add(s.kept());
                evidence.add(s.inHand());
            });
            if (shared.isEmpty()) {
                evidence.add(Evidence.row(kept.ref.path(), "Văn bản được so sánh với " + inHand.ref.path()));
                sentences.stream().filter(s -> s.end() - s.start() >= minQuoteChars)
                        .filter(s -> java.util.Arrays.stream(Hashes.sentenceShingles(s, shingle))
                                .anyMatch(kept.sketch::contains))
                        .limit(maxQuotes)
                        .forEach(s -> evidence.add(new Evidence(inHand.ref.path(), text.substring(s.start(), s.end()),
                                s.start(), s.end())));
                if (evidence.size() == 1) {
                    evidence.add(Evidence.row(inHand.ref.path(), "Văn bản được so sánh với " + kept.ref.path()));
                }
            }
            DocumentRef first = kept.ref.path().compareTo(inHand.ref.path()) <= 0 ? kept.ref : inHand.ref;
            DocumentRef second = first == kept.ref ? inHand.ref : kept.ref;
            double firstIn = first == kept.ref ? keptIn : inHandIn;
            double secondIn = first == kept.ref ? inHandIn : keptIn;
            int sharedSentences = kept.sentences.countShared(inHand.sentences);
            Map<String, Object> measures = new LinkedHashMap<>();
            measures.put("jaccard", round(jaccard));
            measures.put("withDocument", second.path());
            measures.put("containment", Map.of(first.path(), round(firstIn), second.path(), round(secondIn)));
            measures.put("sharedSentencesVerbatim", sharedSentences);
            measures.put("shingles", Map.of(first.path(), first == kept.ref ? kept.sketch.size() : inHand.sketch.size(),
                    second.path(), first == kept.ref ? inHand.sketch.size() : kept.sketch.size()));
            measures.put("method", "MinHash LSH, " + shingle + "-syllable shingles, template removed");
            double strongest = Math.max(jaccard, Math.max(keptIn, inHandIn));
            String explanation = "Bản của " + first.who() + " và bản của " + second.who()
                    + " trùng phần lớn nội dung ngoài tiêu đề và câu chữ theo mẫu: độ trùng Jaccard "
                    + Findings.vi(round(jaccard)) + ", " + Findings.vi(Math.round(Math.max(keptIn, inHandIn) * 100))
                    + "% nội dung của một bản có trong bản kia; " + sharedSentences + " câu giống hệt nhau.";
            String unit = Objects.equals(first.unit(), second.unit()) ? first.unit() : "";
            Integer year = Objects.equals(first.year(), second.year()) ? first.year() : null;
            findings.add(Findings.create(id(), strongest >= 0.9 ? Severity.HIGH : Severity.MEDIUM, strongest,
                    first.path(), first.type(), new Subject(Subject.Kind.PAIR, first.who() + " | " + second.who(),
                            unit, year), evidence, measures, explanation,
                    "Kiểm điểm phải do từng cá nhân, tập thể tự viết; sao chép là biểu hiện hình thức (seeds 001, 002)",
                    List.of(first.contentHash(), second.contentHash())));
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
