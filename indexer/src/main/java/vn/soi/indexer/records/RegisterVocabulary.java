package vn.soi.indexer.records;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import vn.soi.indexer.normalize.AsciiFold;
import vn.soi.indexer.seeds.Seeds;

/**
 * The header synonyms and discipline phrases a domain expert edits in {@code seeds/registers/}: {@value #HEADERS}
 * ({@code COLUMN<TAB>header}) and {@value #FORMS} ({@code FORM<TAB>phrase}). Both are matched on folded text (no case,
 * diacritics, punctuation or repeated spaces).
 */
public final class RegisterVocabulary {

    /** Header synonyms, relative to the seeds folder. */
    public static final String HEADERS = "registers/headers.tsv";
    /** Discipline phrases, relative to the seeds folder. */
    public static final String FORMS = "registers/discipline-forms.tsv";

    private final Map<String, RegisterColumn> columns;
    private final Map<String, DisciplineForm> forms;
    private final List<Map.Entry<String, DisciplineForm>> formsLongestFirst;

    private RegisterVocabulary(Map<String, RegisterColumn> columns, Map<String, DisciplineForm> forms) {
        this.columns = Map.copyOf(columns);
        this.forms = Map.copyOf(forms);
        this.formsLongestFirst = forms.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, DisciplineForm> e) -> e.getKey().length()).reversed())
                .map(e -> Map.entry(e.getKey(), e.getValue()))
                .toList();
    }

    /** The tables shipped in (or overriding) {@code seeds/registers/}. */
    public static RegisterVocabulary standard() {
        return new RegisterVocabulary(parseTable(HEADERS, Seeds.lines(HEADERS), RegisterColumn::valueOf),
                parseTable(FORMS, Seeds.lines(FORMS), DisciplineForm::valueOf));
    }

    /**
     * Loads both tables from a folder laid out like {@code seeds/} (an edited copy).
     *
     * @throws IOException when a table cannot be read
     * @throws IllegalArgumentException when a line is malformed or names an unknown column or form (file and line given)
     */
    public static RegisterVocabulary load(Path seeds) throws IOException {
        Path headers = seeds.resolve(HEADERS);
        Path forms = seeds.resolve(FORMS);
        return new RegisterVocabulary(
                parseTable(headers.toString(), Files.readAllLines(headers, StandardCharsets.UTF_8), RegisterColumn::valueOf),
                parseTable(forms.toString(), Files.readAllLines(forms, StandardCharsets.UTF_8), DisciplineForm::valueOf));
    }

    /** The contract column a header names, if any. */
    public Optional<RegisterColumn> column(String header) {
        return Optional.ofNullable(columns.get(AsciiFold.fold(header)));
    }

    /**
     * The form of discipline a cell names: a cell equal to a phrase, otherwise the longest phrase the cell contains as
     * whole words (so "Khai trừ ra khỏi Đảng" is an expulsion).
     */
    public Optional<DisciplineForm> disciplineForm(String cell) {
        String key = AsciiFold.fold(cell);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        DisciplineForm exact = forms.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        String padded = " " + key + " ";
        return formsLongestFirst.stream()
                .filter(e -> padded.contains(" " + e.getKey() + " "))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private static <T> Map<String, T> parseTable(String file, List<String> lines, Function<String, T> parse) {
        Map<String, T> table = new HashMap<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            if (parts.length != 2 || parts[1].isBlank()) {
                throw new IllegalArgumentException(file + ":" + number + ": expected NAME<TAB>text, got '" + line + "'");
            }
            T value;
            try {
                value = parse.apply(parts[0].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + number + ": unknown name '" + parts[0] + "'", e);
            }
            T previous = table.put(AsciiFold.fold(parts[1]), value);
            if (previous != null && previous != value) {
                throw new IllegalArgumentException(file + ":" + number + ": '" + parts[1] + "' already means " + previous);
            }
        }
        return table;
    }
}
