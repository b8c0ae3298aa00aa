package vn.soi.corpora;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to generate. Immutable; every field has a default ({@link #defaults(Path)}) and is validated here.
 *
 * @param out              the folder to write to ({@link CorpusGenerator#generate}); ignored by the streaming mode
 * @param units            number of party cells (units), at least 1
 * @param years            review years, each 2018 to 2030, sorted and distinct after validation
 * @param seed             the seed: the same options give the same corpus, byte for byte
 * @param formats          document formats to draw from (registers are always CSV or XLSX)
 * @param rates            injection rate per signal, each in [0, 1]; missing signals take their default rate
 * @param unitsPerDistrict party cells per district committee, at least 1
 * @param minMembers       smallest cell, at least 4
 * @param maxMembers       largest cell, at least {@code minMembers}
 */
public record GeneratorOptions(Path out, int units, List<Integer> years, long seed, Set<OutputFormat> formats,
                               Map<FormalismSignal, Double> rates, int unitsPerDistrict, int minMembers,
                               int maxMembers) {

    /** Default years: the three most recent reviews. */
    public static final List<Integer> DEFAULT_YEARS = List.of(2023, 2024, 2025);

    public GeneratorOptions {
        if (units < 1) {
            throw new IllegalArgumentException("units must be at least 1, got " + units);
        }
        Objects.requireNonNull(years, "years");
        if (years.isEmpty()) {
            throw new IllegalArgumentException("years must not be empty");
        }
        List<Integer> sorted = new ArrayList<>(new java.util.TreeSet<>(years));
        for (int y : sorted) {
            if (y < 2018 || y > 2030) {
                throw new IllegalArgumentException("year " + y + " outside the supported reviews 2018 to 2030");
            }
        }
        years = List.copyOf(sorted);
        Objects.requireNonNull(formats, "formats");
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("formats must not be empty");
        }
        for (OutputFormat f : formats) {
            if (!f.isDocumentFormat()) {
                throw new IllegalArgumentException("format " + f.cliName() + " is for registers, not documents");
            }
        }
        formats = Collections.unmodifiableSet(EnumSet.copyOf(formats));
        Map<FormalismSignal, Double> full = new EnumMap<>(FormalismSignal.class);
        for (FormalismSignal s : FormalismSignal.values()) {
            full.put(s, s.defaultRate());
        }
        if (rates != null) {
            rates.forEach((s, r) -> {
                if (r == null || r < 0 || r > 1) {
                    throw new IllegalArgumentException("rate of " + s + " must be in [0,1], got " + r);
                }
                full.put(s, r);
            });
        }
        rates = Collections.unmodifiableMap(full);
        if (unitsPerDistrict < 1) {
            throw new IllegalArgumentException("unitsPerDistrict must be at least 1, got " + unitsPerDistrict);
        }
        if (minMembers < 4 || maxMembers < minMembers || maxMembers > 200) {
            throw new IllegalArgumentException("members range " + minMembers + ".." + maxMembers
                    + " invalid; need 4 <= min <= max <= 200");
        }
    }

    /** Defaults: 10 units, years 2023 to 2025, seed 1, formats txt, docx and pdf, default rates, 5 cells per district. */
    public static GeneratorOptions defaults(Path out) {
        return new GeneratorOptions(out, 10, DEFAULT_YEARS, 1L, EnumSet.of(OutputFormat.TXT, OutputFormat.DOCX,
                OutputFormat.PDF), Map.of(), 5, 8, 22);
    }

    /** Parses {@code 2023,2024,2025} (also accepts a range {@code 2023-2025}). */
    public static List<Integer> parseYears(String list) {
        if (list == null || list.isBlank()) {
            throw new IllegalArgumentException("empty year list");
        }
        List<Integer> years = new ArrayList<>();
        for (String raw : list.split(",")) {
            String part = raw.trim();
            try {
                int dash = part.indexOf('-');
                if (dash > 0) {
                    int from = Integer.parseInt(part.substring(0, dash).trim());
                    int to = Integer.parseInt(part.substring(dash + 1).trim());
                    for (int y = from; y <= to; y++) {
                        years.add(y);
                    }
                } else {
                    years.add(Integer.parseInt(part));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad year '" + part + "' in '" + list + "'", e);
            }
        }
        return years;
    }

    public GeneratorOptions withOut(Path value) {
        return new GeneratorOptions(value, units, years, seed, formats, rates, unitsPerDistrict, minMembers, maxMembers);
    }

    public GeneratorOptions withUnits(int value) {
        return new GeneratorOptions(out, value, years, seed, formats, rates, unitsPerDistrict, minMembers, maxMembers);
    }

    public GeneratorOptions withYears(List<Integer> value) {
        return new GeneratorOptions(out, units, value, seed, formats, rates, unitsPerDistrict, minMembers, maxMembers);
    }

    public GeneratorOptions withSeed(long value) {
        return new GeneratorOptions(out, units, years, value, formats, rates, unitsPerDistrict, minMembers, maxMembers);
    }

    public GeneratorOptions withFormats(Set<OutputFormat> value) {
        return new GeneratorOptions(out, units, years, seed, value, rates, unitsPerDistrict, minMembers, maxMembers);
    }

    public GeneratorOptions withRates(Map<FormalismSignal, Double> value) {
        return new GeneratorOptions(out, units, years, seed, formats, value, unitsPerDistrict, minMembers, maxMembers);
    }

    public GeneratorOptions withUnitsPerDistrict(int value) {
        return new GeneratorOptions(out, units, years, seed, formats, rates, value, minMembers, maxMembers);
    }

    public GeneratorOptions withMembers(int min, int max) {
        return new GeneratorOptions(out, units, years, seed, formats, rates, unitsPerDistrict, min, max);
    }

    /** The injection rate of one signal. */
    public double rate(FormalismSignal signal) {
        return rates.get(signal);
    }
}
