package vn.soi.analyzer.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
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
import vn.soi.indexer.document.ParsedDocument;

/**
 * {@code BOILERPLATE}: most of a report is made of phrases that recur across a large share of its cohort (reports of
 * the same type and year), with little text of its own. Lang &amp; Stice-Lawrence (2015): an n-gram
 * ({@code corpus.boilerplate.ngram} syllables, template phrases removed first) is boilerplate when it occurs in
 * between {@code minDocShare} and {@code maxDocShare} of the cohort's documents; a report's boilerplate share is the
 * share of its syllables in sentences holding at least one such n-gram. A report is flagged when the share reaches the
 * fixed floor {@code corpus.boilerplate.minShare} and exceeds the cohort's upper Tukey fence (Q3 + 1.5 IQR). Cohorts
 * under {@code fenceCohort} reports are not scored: there a phrase shared by two or three reports already passes the
 * document-share bound, which is no evidence of boilerplate, and the fence has too few shares to stand on.
 *
 * <p>Memory: document frequencies live in one count-min sketch per cohort; per report the signal keeps the sentence
 * offsets, the {@code corpus.boilerplate.perSentence} smallest n-gram hashes of each sentence (among one in
 * {@code corpus.boilerplate.sampling}; chosen by hash value, so every document keeps the same ones) and, for likely
 * candidates only, the deflated text, inflated only to quote a flagged report: the first
 * {@code corpus.boilerplate.warmup} reports of a cohort, and later ones whose share against the cohort as it stands
 * reaches {@code corpus.boilerplate.retainTextShare}. A flagged report whose text was not kept is quoted by offsets
 * only (empty quotes, {@code quotesKept: false}). At most {@code corpus.boilerplate.maxKept} reports are kept and
 * scored (a heap bound); later ones still count in the cohort's document frequencies.
 */
public final class Boilerplate implements Signal {

    @Override
    public SignalId id() {
        return SignalId.BOILERPLATE;
    }

    @Override
    public Set<Requirement> requires() {
        return Set.of(Requirement.CORPUS_STATISTICS);
    }

    @Override
    public Session start(AnalysisContext context) {
        return new Run(context.settings());
    }

    /** What is kept of one report: sentences (offsets, syllables, where its n-grams start in {@code grams}). */
    private record Entry(DocumentRef ref, CompressedText text, int[] starts, int[] ends, int[] words, int[] gramStart,
                         int[] grams) {
    }

    private static final class Cohort {
        final List<Entry> entries = new ArrayList<>();
        int seen;
        final CountMin frequencies;

        Cohort(int width) {
            frequencies = new CountMin(width);
        }
    }

    private final class Run implements Session {
        private final PhraseLexicon template;
        private final int ngram;
        private final double minDocShare;
        private final double maxDocShare;
        private final int fenceCohort;
        private final double minShare;
        private final int minWords;
        private final int samplingMask;
        private final int perSentence;
        private final int sketchWidth;
        private final int maxQuotes;
        private final int warmup;
        private final double retainShare;
        private final int maxKept;
        private int kept;
        private final Map<String, Cohort> cohorts = new LinkedHashMap<>();

        Run(SignalSettings settings) {
            template = CorpusSettings.template(settings);
            ngram = settings.integer("corpus.boilerplate.ngram");
            minDocShare = settings.decimal("corpus.boilerplate.minDocShare");
            maxDocShare = settings.decimal("corpus.boilerplate.maxDocShare");
            fenceCohort = settings.integer("corpus.boilerplate.fenceCohort");
            minShare = settings.decimal("corpus.boilerplate.minShare");
            minWords = settings.integer("corpus.boilerplate.minWords");
            int sampling = settings.integer("corpus.boilerplate.sampling");
            if (sampling < 1 || Integer.bitCount(sampling) != 1) {
                throw new IllegalArgumentException("corpus.boilerplate.sampling must be a power of two, got "
                        + sampling);
            }
            samplingMask = sampling - 1;
            perSentence = settings.integer("corpus.boilerplate.perSentence");
            sketchWidth = settings.integer("corpus.boilerplate.sketchWidth");
            maxQuotes = settings.integer("corpus.boilerplate.maxQuotes");
            warmup = settings.integer("corpus.boilerplate.warmup");
            retainShare = settings.decimal("corpus.boilerplate.retainTextShare");
            maxKept = settings.integer("corpus.boilerplate.maxKept");
        }

        @Override
        public void observe(ParsedDocument document) {
            if (!document.type().isReport()) {
                return;
            }
            DocumentRef ref = DocumentRef.of(document);
            List<ReportText.Sentence> sentences = ReportText.sentences(document.text(), template);
            int n = sentences.size();
            int[] starts = new int[n];
            int[] ends = new int[n];
            int[] words = new int[n];
            int[] gramStart = new int[n + 1];
            List<int[]> keptGrams = new ArrayList<>();
            Set<Integer> distinct = new HashSet<>();
            int total = 0;
            for (int i = 0; i < n; i++) {
                ReportText.Sentence s = sentences.get(i);
                starts[i] = s.start();
                ends[i] = s.end();
                words[i] = s.syllables().length;
                int[] sampled = Arrays.stream(Hashes.sentenceShingles(s, ngram)).filter(h -> (h & samplingMask) == 0)
                        .distinct().sorted().toArray();
                for (int h : sampled) {
                    distinct.add(h);
                }
                // The smallest hashes of a sentence: the same choice in every document, a bounded count per sentence.
                int[] kept = Arrays.copyOf(sampled, Math.min(perSentence, sampled.length));
                keptGrams.add(kept);
                gramStart[i] = total;
                total += kept.length;
            }
            gramStart[n] = total;
            int[] grams = new int[total];
            for (int i = 0; i < n; i++) {
                System.arraycopy(keptGrams.get(i), 0, grams, gramStart[i], keptGrams.get(i).length);
            }
            Cohort cohort = cohorts.computeIfAbsent(ref.type() + "|" + ref.year(), k -> new Cohort(sketchWidth));
            boolean keepText = cohort.seen < warmup || provisionalShare(cohort, words, gramStart, grams) >= retainShare;
            distinct.forEach(cohort.frequencies::add);
            cohort.seen++;
            if (kept < maxKept) {
                kept++;
                cohort.entries.add(new Entry(ref, keepText ? new CompressedText(document.text()) : null, starts, ends,
                        words, gramStart, grams));
            }
        }

        /** The share as the cohort stands now: decides whether the text is worth keeping for quotes. */
        private double provisionalShare(Cohort cohort, int[] words, int[] gramStart, int[] grams) {
            int size = cohort.seen + 1;
            int low = Math.max(2, (int) Math.ceil(minDocShare * size - 1e-9));
            int high = (int) Math.floor(maxDocShare * size + 1e-9);
            int all = 0;
            int in = 0;
            for (int i = 0; i < words.length; i++) {
                boolean boilerplate = false;
                for (int g = gramStart[i]; g < gramStart[i + 1] && !boilerplate; g++) {
                    int df = cohort.frequencies.estimate(grams[g]) + 1;
                    boilerplate = df >= low && df <= high;
                }
                all += words[i];
                in += boilerplate ? words[i] : 0;
            }
            return all == 0 ? 0 : in / (double) all;
        }

        @Override
        public List<Finding> finish() {
            List<Finding> findings = new ArrayList<>();
            for (Cohort cohort : cohorts.values()) {
                int size = cohort.seen;
                if (size < fenceCohort) {
                    continue;
                }
                int low = Math.max(2, (int) Math.ceil(minDocShare * size - 1e-9));
                int high = (int) Math.floor(maxDocShare * size + 1e-9);
                int scoredCount = cohort.entries.size();
                double[] shares = new double[scoredCount];
                List<boolean[]> marks = new ArrayList<>();
                for (int d = 0; d < scoredCount; d++) {
                    Entry e = cohort.entries.get(d);
                    boolean[] boilerplate = new boolean[e.starts.length];
                    int all = 0;
                    int inBoilerplate = 0;
                    for (int i = 0; i < e.starts.length; i++) {
                        for (int g = e.gramStart[i]; g < e.gramStart[i + 1] && !boilerplate[i]; g++) {
                            int df = cohort.frequencies.estimate(e.grams[g]);
                            boilerplate[i] = df >= low && df <= high;
                        }
                        all += e.words[i];
                        inBoilerplate += boilerplate[i] ? e.words[i] : 0;
                    }
                    shares[d] = all < minWords ? -1 : inBoilerplate / (double) all;
                    marks.add(boilerplate);
                }
                double[] scored = Arrays.stream(shares).filter(s -> s >= 0).sorted().toArray();
                if (scored.length == 0) {
                    continue;
                }
                double q1 = quantile(scored, 0.25);
                double q3 = quantile(scored, 0.75);
                double fence = q3 + 1.5 * (q3 - q1);
                for (int d = 0; d < scoredCount; d++) {
                    if (shares[d] >= minShare && shares[d] > fence) {
                        findings.add(finding(cohort.entries.get(d), marks.get(d), shares[d], size, low, high, q1, q3,
                                fence));
                    }
                }
            }
            findings.sort(Comparator.comparing(Finding::document));
            return findings;
        }

        private Finding finding(Entry e, boolean[] boilerplate, double share, int cohortSize, int low, int high,
                                double q1, double q3, double fence) {
            String text = e.text == null ? null : e.text.text();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < boilerplate.length; i++) {
                if (boilerplate[i]) {
                    order.add(i);
                }
            }
            order.sort(Comparator.comparingInt((Integer i) -> e.words[i]).reversed());
            List<Evidence> evidence = new ArrayList<>();
            order.stream().limit(maxQuotes).sorted().forEach(i -> evidence.add(new Evidence(e.ref.path(),
                    text == null ? "" : text.substring(e.starts[i], e.ends[i]), e.starts[i], e.ends[i])));
            int words = Arrays.stream(e.words).sum();
            int own = 0;
            for (int i = 0; i < boilerplate.length; i++) {
                own += boilerplate[i] ? 0 : e.words[i];
            }
            Map<String, Object> measures = new LinkedHashMap<>();
            measures.put("boilerplateShare", round(share));
            measures.put("syllables", words);
            measures.put("ownSyllables", own);
            measures.put("cohort", e.ref.type().name() + " " + (e.ref.year() == null ? "?" : e.ref.year()));
            measures.put("cohortSize", cohortSize);
            measures.put("documentFrequencyRange", List.of(low, high));
            measures.put("floor", minShare);
            measures.put("quotesKept", text != null);
            measures.put("q1", round(q1));
            measures.put("q3", round(q3));
            measures.put("upperFence", round(fence));
            String explanation = Math.round(share * 100) + "% nội dung bản của " + e.ref.who()
                    + " nằm trong các câu có cụm từ lặp lại ở " + low + " đến " + high + " trong số " + cohortSize
                    + " bản cùng loại, cùng năm; phần viết riêng chỉ có " + own + " trên " + words + " âm tiết.";
            return Findings.create(id(), share >= 0.8 ? Severity.MEDIUM : Severity.LOW, share, e.ref.path(),
                    e.ref.type(), new Subject(Subject.Kind.DOCUMENT, e.ref.who(), e.ref.unit(), e.ref.year()),
                    evidence, measures, explanation,
                    "Lang & Stice-Lawrence (2015), tỷ lệ câu chữ sáo rỗng so với nhóm cùng loại, cùng năm; "
                            + "biểu hiện hình thức (seeds 001, 002)", List.of(e.ref.contentHash()));
        }
    }

    /** The linear-interpolation quantile of sorted values. */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
