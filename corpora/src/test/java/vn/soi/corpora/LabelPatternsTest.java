package vn.soi.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.soi.corpora.labels.GroupLabel;
import vn.soi.corpora.text.Block;
import vn.soi.corpora.text.BlockKind;
import vn.soi.corpora.text.PartKind;
import vn.soi.corpora.text.PhraseBank;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.Rating;

/** Every label is checked against the content of the document (or register) it names. */
class LabelPatternsTest {

    private static final List<GeneratedDocument> DOCS = new ArrayList<>();
    private static final Map<String, GeneratedDocument> BY_PATH = new HashMap<>();
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The parts of part I of an individual report (strengths and results). */
    private static final Set<PartKind> PART_ONE = EnumSet.of(PartKind.STRENGTHS, PartKind.POLITICS, PartKind.ETHICS,
            PartKind.WORKSTYLE, PartKind.DISCIPLINE, PartKind.RESULTS, PartKind.COMMITMENT);
    /** Every named task of the phrase banks. */
    private static final List<String> TASKS = Stream.concat(Stream.of("phrases/common"),
                    Stream.of("commune", "enterprise", "hospital", "office", "school").map(k -> "kinds/" + k))
            .flatMap(f -> PhraseBank.shared().lines(f + "/tasks").stream()).toList();

    @BeforeAll
    static void generate() {
        Map<FormalismSignal, Double> rates = new EnumMap<>(FormalismSignal.class);
        for (FormalismSignal s : FormalismSignal.values()) {
            rates.put(s, Math.min(1.0, s.defaultRate() * 2));
        }
        new CorpusGenerator().stream(GeneratorOptions.defaults(null).withUnits(24).withSeed(99)
                .withYears(List.of(2022, 2023, 2024, 2025)).withFormats(Set.of(OutputFormat.TXT)).withRates(rates))
                .forEach(d -> {
                    DOCS.add(d);
                    BY_PATH.put(d.path(), d);
                });
    }

    private static List<GeneratedDocument> labelled(FormalismSignal s, boolean expected) {
        return DOCS.stream().filter(d -> (expected ? d.label().expect() : d.label().forbid()).contains(s.name()))
                .toList();
    }

    private static String part(GeneratedDocument d, PartKind... parts) {
        Set<PartKind> set = Set.of(parts);
        return d.blocks().stream().filter(b -> set.contains(b.part()) && b.kind() == BlockKind.PARAGRAPH).map(Block::text)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void every_signal_is_labelled_and_every_document_is_nfc() {
        Map<String, Integer> counts = new HashMap<>();
        for (GeneratedDocument d : DOCS) {
            d.label().expect().forEach(s -> counts.merge(s, 1, Integer::sum));
            d.groups().forEach(g -> counts.merge(g.signal(), 1, Integer::sum));
            assertTrue(Normalizer.isNormalized(d.text(), Normalizer.Form.NFC), d.path());
        }
        for (FormalismSignal s : FormalismSignal.values()) {
            assertTrue(counts.getOrDefault(s.name(), 0) >= 2, s + " labelled " + counts.get(s.name()));
        }
    }

    @Test
    void no_concrete_results_reports_name_no_figure_or_task_in_part_one() {
        assertFalse(labelled(FormalismSignal.NO_CONCRETE_RESULTS, true).isEmpty());
        for (GeneratedDocument d : labelled(FormalismSignal.NO_CONCRETE_RESULTS, true)) {
            String partOne = part(d, PART_ONE.toArray(PartKind[]::new));
            assertFalse(DIGIT.matcher(partOne).find(), d.path() + ": " + partOne);
            for (String task : TASKS) {
                assertFalse(partOne.contains(task), d.path() + " names " + task);
            }
        }
        for (GeneratedDocument d : labelled(FormalismSignal.NO_CONCRETE_RESULTS, false)) {
            if (d.type() == DocumentType.INDIVIDUAL_REPORT) {
                assertTrue(DIGIT.matcher(part(d, PartKind.RESULTS)).find(), d.path());
            }
        }
    }

    @Test
    void vague_reports_name_no_number_or_task_under_their_shortcomings_heading() {
        assertFalse(labelled(FormalismSignal.VAGUE_SELF_CRITICISM, true).isEmpty());
        for (GeneratedDocument d : labelled(FormalismSignal.VAGUE_SELF_CRITICISM, true)) {
            // An individual report's causes often follow its shortcomings with no heading of their own, so they are
            // held to the same rule; a collective report always heads them "Nguyên nhân:".
            String shortcomings = underShortcomingsHeading(d).stream().filter(b -> b.part() == PartKind.SHORTCOMINGS
                    || d.type() == DocumentType.INDIVIDUAL_REPORT).map(Block::text).collect(Collectors.joining("\n"));
            assertFalse(shortcomings.isBlank(), d.path());
            assertFalse(DIGIT.matcher(shortcomings).find(), d.path() + ": " + shortcomings);
            for (String task : TASKS) {
                assertFalse(shortcomings.contains(task), d.path() + " names " + task);
            }
        }
    }

    @Test
    void part_one_stays_before_the_shortcomings_heading() {
        for (GeneratedDocument d : DOCS) {
            if (d.type().isReport()) {
                for (Block b : underShortcomingsHeading(d)) {
                    assertFalse(PART_ONE.contains(b.part()), d.path() + ": " + b.text());
                }
            }
        }
    }

    @Test
    void honest_collective_reports_name_a_figure_or_task_in_every_shortcoming() {
        int checked = 0;
        for (GeneratedDocument d : labelled(FormalismSignal.VAGUE_SELF_CRITICISM, false)) {
            if (d.type() != DocumentType.COLLECTIVE_REPORT) {
                continue;
            }
            for (Block b : underShortcomingsHeading(d)) {
                if (b.part() == PartKind.SHORTCOMINGS) {
                    assertTrue(DIGIT.matcher(b.text()).find() || TASKS.stream().anyMatch(b.text()::contains),
                            d.path() + ": " + b.text());
                    checked++;
                }
            }
        }
        assertTrue(checked > 50, "checked " + checked);
    }

    @Test
    void reports_that_forbid_praise_heavy_give_part_two_a_third_of_part_one() {
        int checked = 0;
        for (GeneratedDocument d : labelled(FormalismSignal.PRAISE_HEAVY, false)) {
            List<Block> blocks = d.blocks();
            int one = firstHeading(blocks, 0);
            int two = shortcomingsHeading(d);
            int[] strengths = weigh(blocks.subList(one, two));
            int[] critical = weigh(underShortcomingsHeading(d));
            assertTrue(strengths[0] <= 3 * critical[0] && strengths[1] <= 3.5 * critical[1],
                    d.path() + ": part I " + Arrays.toString(strengths) + ", part II " + Arrays.toString(critical));
            checked++;
        }
        assertTrue(checked > 100, "checked " + checked);
    }

    /** {paragraphs, words}. */
    private static int[] weigh(List<Block> blocks) {
        int[] out = new int[2];
        for (Block b : blocks) {
            if (b.kind() == BlockKind.PARAGRAPH) {
                out[0]++;
                out[1] += b.text().split("\\s+").length;
            }
        }
        return out;
    }

    private static int firstHeading(List<Block> blocks, int from) {
        for (int i = from; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == BlockKind.HEADING) {
                return i;
            }
        }
        return blocks.size();
    }

    private static int shortcomingsHeading(GeneratedDocument d) {
        List<Block> blocks = d.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == BlockKind.HEADING && blocks.get(i).part() == PartKind.SHORTCOMINGS) {
                return i;
            }
        }
        throw new AssertionError("no shortcomings heading in " + d.path());
    }

    /** The paragraphs from the shortcomings heading to the next heading (causes included). */
    private static List<Block> underShortcomingsHeading(GeneratedDocument d) {
        List<Block> blocks = d.blocks();
        int from = shortcomingsHeading(d);
        return blocks.subList(from + 1, firstHeading(blocks, from + 1)).stream()
                .filter(b -> b.kind() == BlockKind.PARAGRAPH).toList();
    }

    @Test
    void blame_external_reports_own_no_internal_cause() {
        for (GeneratedDocument d : labelled(FormalismSignal.BLAME_EXTERNAL, true)) {
            String causes = part(d, PartKind.CAUSES).toLowerCase();
            assertFalse(causes.contains("chủ quan") || causes.contains("bản thân"), d.path() + ": " + causes);
        }
    }

    @Test
    void degeneration_label_matches_the_presence_of_the_self_check() {
        for (GeneratedDocument d : labelled(FormalismSignal.DEGENERATION_SELF_CHECK_MISSING, true)) {
            assertFalse(selfCheck(d), d.path());
        }
        for (GeneratedDocument d : labelled(FormalismSignal.DEGENERATION_SELF_CHECK_MISSING, false)) {
            assertTrue(selfCheck(d), d.path());
        }
    }

    private static boolean selfCheck(GeneratedDocument d) {
        return d.text().contains("biểu hiện suy thoái") || d.text().contains("27 biểu hiện") || d.text().contains("tự diễn biến");
    }

    @Test
    void late_distribution_matches_the_working_days_in_the_minutes() {
        Pattern meeting = Pattern.compile("ngày (\\d{2}) tháng (\\d{2}) năm (\\d{4})");
        Pattern sent = Pattern.compile("ngày (\\d{2}/\\d{2}/\\d{4})\\.");
        for (GeneratedDocument d : DOCS) {
            if (d.type() != DocumentType.MINUTES) {
                continue;
            }
            Matcher m = meeting.matcher(d.text());
            Matcher s = sent.matcher(d.text());
            assertTrue(m.find() && s.find(), d.path());
            LocalDate meet = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)));
            LocalDate from = LocalDate.parse(s.group(1), DMY);
            int working = 0;
            for (LocalDate x = from.plusDays(1); x.isBefore(meet); x = x.plusDays(1)) {
                if (x.getDayOfWeek() != DayOfWeek.SATURDAY && x.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    working++;
                }
            }
            boolean late = d.label().expect().contains(FormalismSignal.LATE_DISTRIBUTION.name());
            assertEquals(late, working < 3, d.path() + " working days " + working);
            if (!late) {
                assertTrue(working >= 5, d.path());
            }
        }
    }

    @Test
    void statistics_label_matches_a_wrong_share() {
        Pattern share = Pattern.compile("(\\d+)/(\\d+) \\((?:chiếm|đạt) (\\d+)(?:,(\\d))?%\\)");
        for (GeneratedDocument d : DOCS) {
            boolean wrong = false;
            Matcher m = share.matcher(d.text());
            while (m.find()) {
                double p = 100.0 * Integer.parseInt(m.group(1)) / Integer.parseInt(m.group(2));
                double stated = Integer.parseInt(m.group(3)) + (m.group(4) == null ? 0 : Integer.parseInt(m.group(4))
                        / 10.0);
                wrong |= Math.abs(p - stated) > 1;
            }
            if (d.label().expect().contains(FormalismSignal.STATISTICS_INCONSISTENT.name())) {
                assertTrue(wrong, d.path());
            } else if (d.label().forbid().contains(FormalismSignal.STATISTICS_INCONSISTENT.name())) {
                assertFalse(wrong, d.path());
            }
        }
    }

    @Test
    void self_score_label_matches_points_that_do_not_add_up_or_fit_the_band() {
        Pattern g = Pattern.compile("Tiêu chí chung: (\\d+)/30");
        Pattern r = Pattern.compile("nhiệm vụ: (\\d+)/70");
        Pattern t = Pattern.compile("Tổng điểm tự chấm: (\\d+)/100");
        Pattern level = Pattern.compile("Đề xuất mức xếp loại: ([^.]+)\\.");
        int checked = 0;
        for (GeneratedDocument d : DOCS) {
            Matcher mg = g.matcher(d.text());
            if (!mg.find()) {
                continue;
            }
            Matcher mr = r.matcher(d.text());
            Matcher mt = t.matcher(d.text());
            Matcher ml = level.matcher(d.text());
            assertTrue(mr.find() && mt.find() && ml.find(), d.path());
            int total = Integer.parseInt(mt.group(1));
            Rating band = total >= 90 ? Rating.EXCELLENT : total >= 70 ? Rating.GOOD : total >= 50 ? Rating.COMPLETED
                    : Rating.NOT_COMPLETED;
            boolean bad = Integer.parseInt(mg.group(1)) + Integer.parseInt(mr.group(1)) != total
                    || Rating.parse(ml.group(1)).orElseThrow() != band;
            assertEquals(d.label().expect().contains(FormalismSignal.SELF_SCORE_INCONSISTENT.name()), bad, d.path());
            checked++;
        }
        assertTrue(checked > 50);
    }

    @Test
    void minutes_without_criticism_hold_only_agreement() {
        List<String> critical = List.of("chưa", "làm rõ", "cần", "nên", "chậm", "trách nhiệm", "hơn", "nêu thêm");
        for (GeneratedDocument d : DOCS) {
            if (d.type() != DocumentType.MINUTES) {
                continue;
            }
            String opinions = part(d, PartKind.OPINIONS).toLowerCase();
            boolean any = critical.stream().anyMatch(opinions::contains);
            assertEquals(!d.label().expect().contains(FormalismSignal.MINUTES_NO_CRITICISM.name()), any, d.path());
        }
    }

    @Test
    void record_labels_are_backed_by_register_rows_of_the_same_year() {
        Map<String, List<List<String>>> ratings = new HashMap<>();
        Map<String, List<List<String>>> discipline = new HashMap<>();
        for (GeneratedDocument d : DOCS) {
            for (List<String> row : d.isRegister() ? d.table().subList(1, d.table().size()) : List.<List<String>>of()) {
                if (d.type() == DocumentType.RATING_REGISTER) {
                    ratings.computeIfAbsent(row.get(1) + "|" + row.get(3), k -> new ArrayList<>()).add(row);
                } else {
                    String year = row.get(4).substring(6);
                    discipline.computeIfAbsent(row.get(1) + "|" + year, k -> new ArrayList<>()).add(row);
                }
            }
        }
        for (GeneratedDocument d : labelled(FormalismSignal.RATING_DISCIPLINE_CONFLICT, true)) {
            String key = d.label().unit() + "|" + d.label().year();
            assertTrue(discipline.getOrDefault(key, List.of()).stream()
                    .anyMatch(r -> r.get(0).equals(d.label().person())), d.path());
            assertTrue(ratings.get(key).stream().anyMatch(r -> r.get(0).equals(d.label().person())
                    && !Rating.parse(r.get(4)).orElseThrow().isAbove(Rating.GOOD)
                    && Rating.parse(r.get(4)).orElseThrow() != Rating.COMPLETED), d.path());
        }
        int units = 0;
        for (GeneratedDocument d : DOCS) {
            for (GroupLabel g : d.groups()) {
                String key = g.unit() + "|" + g.year();
                if (g.signal().equals("LEADER_ABOVE_COLLECTIVE")) {
                    List<List<String>> rows = ratings.get(key);
                    Rating collective = Rating.parse(rows.get(0).get(4)).orElseThrow();
                    Rating head = Rating.parse(rows.get(1).get(4)).orElseThrow();
                    assertTrue(head.isAbove(collective), key);
                    units++;
                }
                if (g.signal().equals("COLLECTIVE_RATING_DISCIPLINE_CONFLICT")) {
                    assertFalse(discipline.getOrDefault(key, List.of()).isEmpty(), key);
                    Rating collective = Rating.parse(ratings.get(key).get(0).get(4)).orElseThrow();
                    assertFalse(Rating.COMPLETED.isAbove(collective), key);
                    units++;
                }
            }
        }
        assertTrue(units > 0);
        for (Map.Entry<String, List<List<String>>> e : ratings.entrySet()) {
            boolean flagged = DOCS.stream().flatMap(d -> d.groups().stream())
                    .anyMatch(g -> g.signal().equals("LEADER_ABOVE_COLLECTIVE")
                            && (g.unit() + "|" + g.year()).equals(e.getKey()));
            Rating collective = Rating.parse(e.getValue().get(0).get(4)).orElseThrow();
            Rating head = Rating.parse(e.getValue().get(1).get(4)).orElseThrow();
            assertEquals(flagged, head.isAbove(collective), e.getKey());
        }
    }

    @Test
    void year_over_year_pairs_are_the_same_person_in_consecutive_years() {
        List<GroupLabel> pairs = DOCS.stream().flatMap(d -> d.groups().stream())
                .filter(g -> g.signal().equals("YEAR_OVER_YEAR_COPY")).toList();
        assertFalse(pairs.isEmpty());
        for (GroupLabel p : pairs) {
            GeneratedDocument a = BY_PATH.get(p.files().get(0));
            GeneratedDocument b = BY_PATH.get(p.files().get(1));
            assertEquals(a.label().person(), b.label().person());
            assertEquals(a.label().year() + 1, b.label().year());
            assertEquals(part(a, PartKind.SHORTCOMINGS).replaceAll("\\d", ""),
                    part(b, PartKind.SHORTCOMINGS).replaceAll("\\d", ""));
        }
    }
}
