package vn.soi.analyzer.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.indexer.document.ParsedDocument;

/**
 * Precision and recall of the content signals on the hand-written evaluation set ({@code handwritten/}, 34 short
 * reports written for Soi in varied styles, none taken from the generator), printed per signal and held above floors.
 */
class HandwrittenEvaluationTest {

    private static final double PRECISION_FLOOR = 0.85;
    private static final double RECALL_FLOOR = 0.80;

    private static final Map<SignalId, int[]> COUNTS = new EnumMap<>(SignalId.class);
    private static final List<String> MISSES = new ArrayList<>();

    @BeforeAll
    static void evaluate() throws IOException, URISyntaxException {
        Path folder = Path.of(HandwrittenEvaluationTest.class.getResource("/handwritten/labels.tsv").toURI())
                .getParent();
        Map<String, Set<SignalId>> expected = new HashMap<>();
        for (String line : Files.readAllLines(folder.resolve("labels.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            Set<SignalId> signals = EnumSet.noneOf(SignalId.class);
            if (!cells[1].equals("-")) {
                for (String id : cells[1].split(",")) {
                    signals.add(SignalId.valueOf(id.strip()));
                }
            }
            expected.put(cells[0], signals);
        }
        List<ParsedDocument> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                documents.add(ReportFixture.read(file, file.getFileName().toString()));
            }
        }
        assertTrue(documents.size() >= 30, "the evaluation set must hold at least 30 reports");
        assertTrue(expected.keySet().equals(documents.stream().map(d -> d.provenance().path())
                .collect(java.util.stream.Collectors.toSet())), "every report is labelled, every label has a report");
        Map<String, Set<SignalId>> found = new HashMap<>();
        for (Finding finding : Fixtures.run(documents)) {
            found.computeIfAbsent(finding.document(), k -> EnumSet.noneOf(SignalId.class)).add(finding.signal());
        }
        for (SignalId signal : SignalId.values()) {
            if (signal.family() != SignalId.Family.CONTENT) {
                continue;
            }
            int[] counts = new int[3];
            for (var entry : expected.entrySet()) {
                boolean wanted = entry.getValue().contains(signal);
                boolean raised = found.getOrDefault(entry.getKey(), Set.of()).contains(signal);
                if (wanted && raised) {
                    counts[0]++;
                } else if (raised) {
                    counts[1]++;
                    MISSES.add("FP " + signal + " " + entry.getKey());
                } else if (wanted) {
                    counts[2]++;
                    MISSES.add("FN " + signal + " " + entry.getKey());
                }
            }
            COUNTS.put(signal, counts);
        }
        System.out.println("signal\tTP\tFP\tFN\tprecision\trecall");
        COUNTS.forEach((signal, c) -> System.out.printf("%s\t%d\t%d\t%d\t%.2f\t%.2f%n", signal, c[0], c[1], c[2],
                precision(c), recall(c)));
        MISSES.stream().sorted().forEach(System.out::println);
    }

    private static double precision(int[] c) {
        return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
    }

    private static double recall(int[] c) {
        return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
    }

    @Test
    void every_content_signal_keeps_its_precision_above_the_floor() {
        COUNTS.forEach((signal, c) -> assertTrue(precision(c) >= PRECISION_FLOOR,
                signal + " precision " + precision(c) + "; misses " + MISSES));
    }

    @Test
    void every_content_signal_keeps_its_recall_above_the_floor() {
        COUNTS.forEach((signal, c) -> assertTrue(recall(c) >= RECALL_FLOOR,
                signal + " recall " + recall(c) + "; misses " + MISSES));
    }
}
