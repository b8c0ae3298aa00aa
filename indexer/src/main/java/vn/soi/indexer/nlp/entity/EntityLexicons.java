package vn.soi.indexer.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.soi.indexer.nlp.rules.SeedTable;
import vn.soi.indexer.normalize.VietnameseNormalizer;

/**
 * The word lists of the recogniser: positions, unit words and the words around names from {@code seeds/lexicons/};
 * family, middle and place names read from the word segmenter's own lists (one source for both); the syllables that
 * end a unit name and the words that continue one from this package's resources.
 */
final class EntityLexicons {

    static final String POSITIONS = "seeds/lexicons/positions.tsv";
    static final String UNIT_KINDS = "seeds/lexicons/unit-kinds.tsv";
    static final String PERSON_TITLES = "seeds/lexicons/person-titles.tsv";
    private static final String SEGMENTER_LISTS = "/vn/soi/indexer/nlp/segment/";
    private static final String STOP_SYLLABLES = "name-stop-syllables.txt";
    private static final String CONTINUATIONS = "name-continuations.txt";
    private static final String CAPS_STOP_SYLLABLES = "caps-stop-syllables.txt";
    private static final String NOT_A_POSITION = "NOT_A_POSITION";

    final PhraseTable<PositionRole> positions = new PhraseTable<>();
    final PhraseTable<Boolean> notPositions = new PhraseTable<>();
    final PhraseTable<UnitKind> units = new PhraseTable<>();
    final PhraseTable<Boolean> titles = new PhraseTable<>();
    final PhraseTable<Boolean> placeCues = new PhraseTable<>();
    final PhraseTable<Boolean> notPeople = new PhraseTable<>();
    final PhraseTable<Boolean> locations = new PhraseTable<>();
    final PhraseTable<Boolean> continuations = new PhraseTable<>();
    final Set<String> familyNames;
    final Set<String> middleNames;
    final Set<String> sentenceInitial;
    final Set<String> stopSyllables;
    final Set<String> capsStopSyllables;

    private EntityLexicons() {
        for (List<String> row : SeedTable.read(POSITIONS, 4)) {
            if (row.get(2).equals(NOT_A_POSITION)) {
                notPositions.put(row.get(0), Boolean.TRUE);
            } else {
                positions.put(row.get(0), new PositionRole(enumValue(PositionRole.Side.class, row.get(1), POSITIONS),
                        enumValue(PositionRole.Level.class, row.get(2), POSITIONS)));
            }
        }
        for (List<String> row : SeedTable.read(UNIT_KINDS, 4)) {
            units.put(row.get(0), new UnitKind(enumValue(UnitKind.Category.class, row.get(1), UNIT_KINDS),
                    enumValue(UnitKind.Standalone.class, row.get(2), UNIT_KINDS)));
        }
        for (List<String> row : SeedTable.read(PERSON_TITLES, 3)) {
            PhraseTable<Boolean> table = switch (row.get(0)) {
                case "TITLE" -> titles;
                case "PLACE_CUE" -> placeCues;
                case "NOT_PERSON" -> notPeople;
                default -> throw new IllegalStateException(PERSON_TITLES + ": unknown kind " + row.get(0)
                        + " (TITLE, PLACE_CUE or NOT_PERSON)");
            };
            table.put(row.get(1), Boolean.TRUE);
        }
        for (String place : list(SEGMENTER_LISTS + "locations.txt")) {
            locations.put(place, Boolean.TRUE);
        }
        for (String word : list(CONTINUATIONS)) {
            continuations.put(word, Boolean.TRUE);
        }
        familyNames = list(SEGMENTER_LISTS + "family-names.txt");
        middleNames = list(SEGMENTER_LISTS + "middle-names.txt");
        sentenceInitial = list(SEGMENTER_LISTS + "sentence-initial-words.txt");
        stopSyllables = list(STOP_SYLLABLES);
        capsStopSyllables = list(CAPS_STOP_SYLLABLES);
    }

    static EntityLexicons load() {
        return new EntityLexicons();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String file) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": unknown " + type.getSimpleName() + " '" + value + "'", e);
        }
    }

    /** A one-entry-a-line class-path list ({@code #} comments), canonical and lower-cased. */
    private static Set<String> list(String resource) {
        InputStream stream = EntityLexicons.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("entity word list missing from the class path: " + resource);
        }
        Set<String> out = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    out.add(VietnameseNormalizer.canonical(entry).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read entity word list " + resource, e);
        }
        return Set.copyOf(out);
    }
}
