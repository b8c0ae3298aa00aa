package vn.soi.web.stats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.FindingsStore;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Rating;
import vn.soi.indexer.index.DocumentIndex;
import vn.soi.indexer.records.RatingRecord;
import vn.soi.indexer.records.RegisterRecord;
import vn.soi.web.findings.SignalLabels;

/** Computes the corpus statistics from the index (one pass over the documents) and the stored findings. */
public final class StatisticsService {
    /** The unit shown for a report that names none. */
    public static final String UNKNOWN_UNIT = "(không rõ đơn vị)";
    /** The measure keyword of the boilerplate share. */
    public static final String BOILERPLATE = "boilerplate";
    /** The measure keyword of year-over-year stickiness. */
    public static final String STICKINESS = "stickiness";
    private static final Comparator<UnitYear> UNIT_YEAR = Comparator.comparing(UnitYear::unit)
            .thenComparing(UnitYear::year, Comparator.nullsLast(Comparator.naturalOrder()));

    private final DocumentIndex index;
    private final FindingsStore findings;

    /**
     * @param index the documents (registers and reports)
     * @param findings the stored findings
     */
    public StatisticsService(DocumentIndex index, FindingsStore findings) {
        this.index = Objects.requireNonNull(index, "index");
        this.findings = Objects.requireNonNull(findings, "findings");
    }

    private record UnitYear(String unit, Integer year) {
    }

    /**
     * @return the statistics of the corpus as it is now
     * @throws IOException when the index or the findings cannot be read
     */
    public CorpusStatistics compute() throws IOException {
        Map<UnitYear, int[]> register = new TreeMap<>(UNIT_YEAR);
        Map<UnitYear, int[]> self = new TreeMap<>(UNIT_YEAR);
        index.forEach(document -> {
            for (RegisterRecord row : document.records()) {
                if (row instanceof RatingRecord rating && !rating.collective()) {
                    count(register, new UnitYear(rating.unit().strip(), rating.year()), rating.rating());
                }
            }
            if (document.type() == DocumentType.INDIVIDUAL_REPORT) {
                document.field(FieldName.SELF_RATING).flatMap(Rating::parse)
                        .ifPresent(level -> count(self, new UnitYear(unitOf(document), yearOf(document)), level));
            }
        });
        List<Finding> all = findings.load();
        return new CorpusStatistics(rows(register), rows(self), bySignal(all), byUnit(all), byYear(all),
                Distribution.of(BOILERPLATE, all), Distribution.of(STICKINESS, all));
    }

    private static void count(Map<UnitYear, int[]> counts, UnitYear key, Rating level) {
        counts.computeIfAbsent(key, k -> new int[Rating.values().length])[level.ordinal()]++;
    }

    private static List<RatingRow> rows(Map<UnitYear, int[]> counts) {
        List<RatingRow> rows = new ArrayList<>();
        counts.forEach((key, levels) -> rows.add(RatingRow.of(key.unit(), key.year(), levels)));
        return rows;
    }

    private static String unitOf(ParsedDocument document) {
        return document.field(FieldName.UNIT).or(() -> document.field(FieldName.CELL)).map(String::strip)
                .filter(unit -> !unit.isEmpty()).orElse(UNKNOWN_UNIT);
    }

    private static Integer yearOf(ParsedDocument document) {
        Optional<String> year = document.field(FieldName.YEAR).map(String::strip);
        return year.filter(y -> y.matches("\\d{4}")).map(Integer::valueOf).orElse(null);
    }

    private static List<Count> bySignal(List<Finding> all) {
        Map<SignalId, Integer> counts = new EnumMap<>(SignalId.class);
        all.forEach(finding -> counts.merge(finding.signal(), 1, Integer::sum));
        return counts.entrySet().stream()
                .map(e -> new Count(e.getKey().name(), SignalLabels.of(e.getKey()), e.getValue())).toList();
    }

    private static List<Count> byUnit(List<Finding> all) {
        Map<String, Integer> counts = new TreeMap<>();
        all.forEach(finding -> counts.merge(finding.subject().unit().isBlank() ? UNKNOWN_UNIT
                : finding.subject().unit(), 1, Integer::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> new Count(e.getKey(), e.getKey(), e.getValue())).toList();
    }

    private static List<Count> byYear(List<Finding> all) {
        Map<Integer, Integer> counts = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        all.forEach(finding -> counts.merge(finding.subject().year(), 1, Integer::sum));
        return counts.entrySet().stream()
                .map(e -> e.getKey() == null ? new Count("", "(không rõ năm)", e.getValue())
                        : new Count(e.getKey().toString(), e.getKey().toString(), e.getValue()))
                .toList();
    }
}
