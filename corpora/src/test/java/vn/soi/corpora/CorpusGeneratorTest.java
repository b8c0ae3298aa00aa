package vn.soi.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soi.corpora.labels.GroupLabel;
import vn.soi.corpora.text.Block;
import vn.soi.corpora.text.BlockKind;
import vn.soi.corpora.text.PartKind;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.Rating;

class CorpusGeneratorTest {

    private static GeneratorOptions txtOptions(int units, long seed) {
        return GeneratorOptions.defaults(null).withUnits(units).withSeed(seed).withFormats(Set.of(OutputFormat.TXT));
    }

    @Test
    void same_seed_gives_identical_documents_and_labels() {
        CorpusGenerator g = new CorpusGenerator();
        List<String> a = g.stream(txtOptions(4, 7)).map(d -> d.path() + "\n" + d.text() + d.label()).toList();
        List<String> b = g.stream(txtOptions(4, 7)).map(d -> d.path() + "\n" + d.text() + d.label()).toList();
        assertEquals(a, b);
        List<String> c = g.stream(txtOptions(4, 8)).map(d -> d.path() + "\n" + d.text() + d.label()).toList();
        assertTrue(!a.equals(c));
    }

    @Test
    void every_label_points_at_a_written_file(@TempDir Path dir) throws Exception {
        GenerationSummary s = new CorpusGenerator().generate(txtOptions(3, 3).withOut(dir));
        assertTrue(Files.exists(s.labels()));
        Set<String> paths = new CorpusGenerator().stream(txtOptions(3, 3)).map(GeneratedDocument::path)
                .collect(Collectors.toSet());
        for (String p : paths) {
            assertTrue(Files.exists(dir.resolve(p)), p);
        }
        new CorpusGenerator().stream(txtOptions(3, 3)).flatMap(d -> d.groups().stream())
                .flatMap(g -> g.files().stream()).forEach(f -> assertTrue(paths.contains(f), f));
    }

    @Test
    void copied_pairs_share_most_sentences() {
        Map<String, GeneratedDocument> docs = new HashMap<>();
        List<GroupLabel> pairs = new java.util.ArrayList<>();
        new CorpusGenerator().stream(txtOptions(20, 5).withRates(Map.of(FormalismSignal.COPIED_REPORT, 1.0)))
                .forEach(d -> {
                    docs.put(d.path(), d);
                    d.groups().stream().filter(GroupLabel::isPair).forEach(pairs::add);
                });
        assertTrue(pairs.size() >= 3);
        for (GroupLabel p : pairs) {
            Set<String> a = body(docs.get(p.files().get(0)));
            Set<String> b = body(docs.get(p.files().get(1)));
            Set<String> common = new HashSet<>(a);
            common.retainAll(b);
            assertTrue(common.size() >= 0.6 * Math.min(a.size(), b.size()), p.toString());
        }
    }

    private static Set<String> body(GeneratedDocument d) {
        return d.blocks().stream().filter(b -> b.part() != PartKind.HEADER && b.part() != PartKind.SELF_RATING
                        && b.part() != PartKind.SIGNATURE).map(Block::text)
                .map(t -> t.replaceAll("\\d", "")).collect(Collectors.toSet());
    }

    @Test
    void quota_labels_exceed_twenty_percent_of_good_in_the_register_and_honest_units_do_not() {
        Map<String, int[]> counts = new HashMap<>();
        Set<String> flagged = new HashSet<>();
        new CorpusGenerator().stream(txtOptions(20, 11)).forEach(d -> {
            if (d.type() == DocumentType.RATING_REGISTER) {
                for (List<String> row : d.table().subList(1, d.table().size())) {
                    if (row.get(5).equals("Cá nhân")) {
                        int[] c = counts.computeIfAbsent(row.get(1) + "|" + row.get(3), k -> new int[4]);
                        c[Rating.parse(row.get(4)).orElseThrow().ordinal()]++;
                    }
                }
            }
            d.groups().stream().filter(g -> g.signal().equals("EXCELLENT_QUOTA_EXCEEDED"))
                    .forEach(g -> flagged.add(g.unit() + "|" + g.year()));
        });
        assertTrue(!flagged.isEmpty());
        counts.forEach((k, c) -> {
            boolean over = c[0] > 0.2 * c[1];
            assertEquals(flagged.contains(k), over, k + " " + java.util.Arrays.toString(c));
        });
    }

    @Test
    void rating_distribution_follows_the_priors() {
        int[] c = new int[4];
        new CorpusGenerator().stream(txtOptions(60, 2).withRates(Map.of(FormalismSignal.EXCELLENT_QUOTA_EXCEEDED,
                0.0))).filter(d -> d.type() == DocumentType.RATING_REGISTER).forEach(d -> {
                    for (List<String> row : d.table().subList(1, d.table().size())) {
                        if (row.get(5).equals("Cá nhân")) {
                            c[Rating.parse(row.get(4)).orElseThrow().ordinal()]++;
                        }
                    }
                });
        double n = c[0] + c[1] + c[2] + c[3];
        assertTrue(c[0] / n >= 0.08 && c[0] / n <= 0.2, "HTXSNV " + c[0] / n);
        assertTrue(c[1] / n >= 0.68 && c[1] / n <= 0.85, "HTTNV " + c[1] / n);
        assertTrue(c[2] / n >= 0.04 && c[2] / n <= 0.12, "HTNV " + c[2] / n);
        assertTrue(c[3] / n <= 0.02, "KHTNV " + c[3] / n);
    }

    @Test
    void reports_have_hundreds_of_distinct_sentences_per_part() {
        Map<PartKind, Set<String>> distinct = new HashMap<>();
        new CorpusGenerator().stream(txtOptions(80, 4).withYears(List.of(2024)))
                .filter(d -> d.type() == DocumentType.INDIVIDUAL_REPORT).limit(1000)
                .flatMap(d -> d.blocks().stream()).filter(b -> b.kind() == BlockKind.PARAGRAPH)
                .forEach(b -> distinct.computeIfAbsent(b.part(), k -> new HashSet<>()).add(b.text()));
        Map<PartKind, Integer> minimum = Map.of(PartKind.RESULTS, 2000, PartKind.SHORTCOMINGS, 1000,
                PartKind.REMEDIATION, 500, PartKind.DIRECTION, 500, PartKind.CAUSES, 300, PartKind.POLITICS, 300,
                PartKind.COMMITMENT, 150, PartKind.EXPLANATION, 150, PartKind.SELF_CHECK, 150,
                PartKind.RESPONSIBILITY, 100);
        minimum.forEach((p, min) -> assertTrue(distinct.get(p).size() >= min, p + " " + distinct.get(p).size()));
    }

    @Test
    void format_overrides_reject_unknown_paths_and_changed_extensions(@TempDir Path dir) throws Exception {
        GeneratorOptions o = GeneratorOptions.defaults(dir).withUnits(1).withYears(List.of(2025)).withMembers(4, 4)
                .withFormats(EnumSet.of(OutputFormat.TXT));
        IllegalArgumentException unknown = assertThrows(
                IllegalArgumentException.class, () -> new CorpusGenerator().generate(o,
                        Map.of("nowhere/bkc-x.docx", OutputFormat.TCVN3)));
        assertTrue(unknown.getMessage().contains("nowhere/bkc-x.docx"), unknown.getMessage());
        String txt = new CorpusGenerator().stream(o).filter(d -> d.format() == OutputFormat.TXT).findFirst()
                .orElseThrow().path();
        IllegalArgumentException extension = assertThrows(
                IllegalArgumentException.class, () -> new CorpusGenerator().generate(o,
                        Map.of(txt, OutputFormat.VNI)));
        assertTrue(extension.getMessage().contains(txt), extension.getMessage());
    }
}
