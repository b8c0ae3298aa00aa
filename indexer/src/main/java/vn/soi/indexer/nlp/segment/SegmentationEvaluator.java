package vn.soi.indexer.nlp.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a {@link WordSegmenter} against a CoNLL-U file with gold word segmentation.
 *
 * <p>Each word line's FORM gives one gold word; its syllables are separated by spaces (UD Vietnamese VTB:
 * {@code "Hà Nội"}) or by underscores (VnCoreNLP style: {@code "Hà_Nội"}; a FORM made only of underscores, such as
 * {@code "_"}, is one syllable). Comment lines, multiword-token ranges ({@code 3-4}) and empty nodes ({@code 5.1}) are
 * skipped; a blank line ends a sentence. The segmenter sees only the syllables of each sentence; word spans are
 * compared exactly. Speed is measured on the calling thread after a warm-up pass, repeating passes for at least
 * the timing duration (one second by default), in CPU time of that thread when the JVM can measure it (so that other
 * processes on a shared machine do not distort the figure), else in wall-clock time; the report names the clock.
 */
public final class SegmentationEvaluator {

    /** Most syllables read from one gold file: the sentences are kept in memory for the timed passes. */
    public static final long MAX_SYLLABLES = 20_000_000;

    /** Default shortest time over which speed is measured. */
    public static final Duration DEFAULT_TIMING = Duration.ofSeconds(1);

    private final WordSegmenter segmenter;
    private final long minTimingNanos;

    /** An evaluator for the given segmenter, timing over at least {@link #DEFAULT_TIMING}. */
    public SegmentationEvaluator(WordSegmenter segmenter) {
        this(segmenter, DEFAULT_TIMING);
    }

    /** An evaluator for the given segmenter, timing repeated passes over at least {@code minTiming}. */
    public SegmentationEvaluator(WordSegmenter segmenter, Duration minTiming) {
        if (segmenter == null) {
            throw new IllegalArgumentException("segmenter must be given");
        }
        if (minTiming == null || minTiming.isNegative()) {
            throw new IllegalArgumentException("timing duration must be zero or positive: " + minTiming);
        }
        this.segmenter = segmenter;
        this.minTimingNanos = minTiming.toNanos();
    }

    /** Reads the gold file, segments every sentence and returns the scores and speed. */
    public SegmentationReport evaluate(Path conllu) throws IOException {
        List<GoldSentence> gold = read(conllu);
        long syllables = 0;
        long goldWords = 0;
        long predicted = 0;
        long correct = 0;
        for (GoldSentence sentence : gold) {
            boolean[] starts = segmenter.wordStarts(sentence.syllables());
            syllables += sentence.syllables().size();
            goldWords += count(sentence.starts());
            predicted += count(starts);
            correct += matchingSpans(sentence.starts(), starts);
        }
        Clock clock = Clock.best();
        double speed = measureSpeed(gold, syllables, clock);
        return SegmentationReport.of(conllu.toString(), gold.size(), syllables, goldWords, predicted, correct, speed,
                clock.label());
    }

    private double measureSpeed(List<GoldSentence> gold, long syllablesPerPass, Clock clock) {
        if (syllablesPerPass == 0) {
            return 0;
        }
        long sink = runPass(gold);
        long started = clock.now();
        long passes = 0;
        long elapsed;
        do {
            sink += runPass(gold);
            passes++;
            elapsed = clock.now() - started;
        } while (elapsed < minTimingNanos);
        if (sink < 0) {
            throw new IllegalStateException("impossible word count " + sink);
        }
        return syllablesPerPass * passes / (Math.max(1, elapsed) / 1e9);
    }

    /** The clock speed is measured with: the calling thread's CPU time when the JVM offers it, else wall time. */
    enum Clock {
        THREAD_CPU("thread-cpu"),
        WALL("wall");

        private final String label;

        Clock(String label) {
            this.label = label;
        }

        static Clock best() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            return threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled() ? THREAD_CPU : WALL;
        }

        long now() {
            return this == THREAD_CPU ? ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                    : System.nanoTime();
        }

        String label() {
            return label;
        }
    }

    private long runPass(List<GoldSentence> gold) {
        long words = 0;
        for (GoldSentence sentence : gold) {
            words += count(segmenter.wordStarts(sentence.syllables()));
        }
        return words;
    }

    /** Predicted words [start, next start) that are also gold words: same start, same end, no gold boundary inside. */
    static long matchingSpans(boolean[] gold, boolean[] predicted) {
        int n = gold.length;
        long matches = 0;
        int start = 0;
        boolean goldInside = false;
        for (int i = 1; i <= n; i++) {
            boolean goldBoundary = i == n || gold[i];
            if (i == n || predicted[i]) {
                if ((start == 0 || gold[start]) && goldBoundary && !goldInside) {
                    matches++;
                }
                start = i;
                goldInside = false;
            } else if (goldBoundary) {
                goldInside = true;
            }
        }
        return matches;
    }

    private static long count(boolean[] starts) {
        long c = 0;
        for (boolean s : starts) {
            if (s) {
                c++;
            }
        }
        return c;
    }

    /** Reads all sentences of a CoNLL-U file. */
    static List<GoldSentence> read(Path conllu) throws IOException {
        List<GoldSentence> out = new ArrayList<>();
        List<String> syllables = new ArrayList<>();
        List<Boolean> starts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(conllu, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            long total = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    flush(syllables, starts, out);
                    continue;
                }
                if (line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length < 2) {
                    throw new IOException("CoNLL-U file " + conllu + " line " + lineNo
                            + ": expected tab-separated columns, found: " + line);
                }
                String id = columns[0];
                if (id.indexOf('-') >= 0 || id.indexOf('.') >= 0) {
                    continue;
                }
                List<String> formSyllables = syllablesOf(columns[1]);
                total += formSyllables.size();
                if (total > MAX_SYLLABLES) {
                    throw new IOException("CoNLL-U file " + conllu + " line " + lineNo + ": more than "
                            + MAX_SYLLABLES + " syllables, over the evaluation limit");
                }
                boolean first = true;
                for (String syllable : formSyllables) {
                    syllables.add(syllable);
                    starts.add(first);
                    first = false;
                }
            }
        }
        flush(syllables, starts, out);
        return out;
    }

    /** The syllables of one gold FORM. */
    static List<String> syllablesOf(String form) {
        List<String> out = new ArrayList<>();
        boolean onlyUnderscores = form.chars().allMatch(c -> c == '_');
        boolean spaced = form.indexOf(' ') >= 0;
        char separator = spaced || onlyUnderscores ? ' ' : '_';
        int start = 0;
        for (int i = 0; i <= form.length(); i++) {
            if (i == form.length() || form.charAt(i) == separator) {
                if (i > start) {
                    out.add(form.substring(start, i));
                }
                start = i + 1;
            }
        }
        if (out.isEmpty()) {
            out.add(form);
        }
        return out;
    }

    private static void flush(List<String> syllables, List<Boolean> starts, List<GoldSentence> out) {
        if (syllables.isEmpty()) {
            return;
        }
        boolean[] flags = new boolean[starts.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = starts.get(i);
        }
        out.add(new GoldSentence(List.copyOf(syllables), flags));
        syllables.clear();
        starts.clear();
    }

    /** One gold sentence: its syllables and, per syllable, whether it begins a gold word. */
    record GoldSentence(List<String> syllables, boolean[] starts) {
    }
}
