package vn.soi.analyzer.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.soi.indexer.seeds.Seeds;

/**
 * The rules of the review by review year, read from {@code seeds/signals/rules-by-year.tsv}: one line per key and
 * range of years, {@code key<TAB>from<TAB>to<TAB>value<TAB>source}. Ranges of one key must not overlap, so the rule
 * in force for a year is never ambiguous. Immutable.
 */
public final class RulesByYear {

    static final String FILE = "signals/rules-by-year.tsv";

    private record Entry(int from, int to, String value, String source) {
    }

    private final Map<String, List<Entry>> entries;

    private RulesByYear(Map<String, List<Entry>> entries) {
        this.entries = entries;
    }

    /** The rules shipped in (or overriding) {@code seeds/signals/rules-by-year.tsv}. */
    public static RulesByYear load() {
        return parse(Seeds.lines(FILE));
    }

    /** Parses rule lines; fails on a malformed line or overlapping ranges, naming the line. */
    public static RulesByYear parse(List<String> lines) {
        Map<String, List<Entry>> entries = new LinkedHashMap<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length < 5 || cells[4].isBlank()) {
                throw new IllegalArgumentException(FILE + " line " + number
                        + ": expected key, from, to, value and source separated by tabs: " + line);
            }
            Entry entry;
            try {
                entry = new Entry(Integer.parseInt(cells[1].trim()), Integer.parseInt(cells[2].trim()),
                        cells[3].trim(), cells[4].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(FILE + " line " + number + ": years must be whole numbers: " + line, e);
            }
            if (entry.to < entry.from) {
                throw new IllegalArgumentException(FILE + " line " + number + ": range ends before it starts: " + line);
            }
            List<Entry> same = entries.computeIfAbsent(cells[0].trim(), k -> new ArrayList<>());
            for (Entry other : same) {
                if (entry.from <= other.to && other.from <= entry.to) {
                    throw new IllegalArgumentException(FILE + " line " + number + ": years " + entry.from + "-"
                            + entry.to + " of " + cells[0] + " overlap " + other.from + "-" + other.to);
                }
            }
            same.add(entry);
        }
        return new RulesByYear(Map.copyOf(entries));
    }

    /** The rules in force for a review year. */
    public YearRules forYear(int year) {
        Map<String, String> values = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        entries.forEach((key, list) -> list.stream().filter(e -> e.from <= year && year <= e.to).findFirst()
                .ifPresent(e -> {
                    values.put(key, e.value);
                    sources.put(key, e.source);
                }));
        return new YearRules(year, values, sources);
    }
}
