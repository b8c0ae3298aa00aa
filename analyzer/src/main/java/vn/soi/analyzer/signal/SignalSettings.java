package vn.soi.analyzer.signal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.soi.indexer.normalize.VietnameseNormalizer;
import vn.soi.indexer.seeds.Seeds;

/**
 * Thresholds and lexicons of the signals, read from {@code seeds/signals/}. {@code settings.tsv} holds one setting a
 * line, {@code key<TAB>value<TAB>source}; lexicons are one entry a line. Lines starting with {@code #} are comments.
 * Immutable; asking for a key that is not there fails at once with the key's name, so a typo never silently becomes
 * a default.
 */
public final class SignalSettings {

    static final String SETTINGS = "signals/settings.tsv";

    private final Map<String, String> values;

    SignalSettings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The settings shipped in (or overriding) {@code seeds/signals/settings.tsv}. */
    public static SignalSettings load() {
        return parse(Seeds.lines(SETTINGS));
    }

    static SignalSettings parse(List<String> lines) {
        Map<String, String> values = new LinkedHashMap<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length < 3 || cells[2].isBlank()) {
                throw new IllegalArgumentException(SETTINGS + " line " + number
                        + ": expected key, value and source separated by tabs: " + line);
            }
            if (values.put(cells[0].trim(), cells[1].trim()) != null) {
                throw new IllegalArgumentException(SETTINGS + " line " + number + ": duplicate key " + cells[0]);
            }
        }
        return new SignalSettings(values);
    }

    /** A decimal setting ("0.85"). */
    public double decimal(String key) {
        String value = raw(key);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " is not a number: " + value, e);
        }
    }

    /** A whole-number setting. */
    public int integer(String key) {
        String value = raw(key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " is not a whole number: " + value, e);
        }
    }

    /** A text setting. */
    public String text(String key) {
        return raw(key);
    }

    /**
     * The entries of a lexicon file under {@code seeds/signals/} (e.g. {@code "lexicons/hedges.txt"}), one a line,
     * comments and blank lines dropped, each entry lower-cased and in Soi's canonical form.
     */
    public List<String> lexicon(String file) {
        List<String> entries = new ArrayList<>();
        for (String line : Seeds.lines("signals/" + file)) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                entries.add(VietnameseNormalizer.canonical(entry).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return List.copyOf(entries);
    }

    private String raw(String key) {
        Objects.requireNonNull(key, "key");
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("unknown signal setting: " + key + " (not in seeds/" + SETTINGS + ")");
        }
        return value;
    }
}
