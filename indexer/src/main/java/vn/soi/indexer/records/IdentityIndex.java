package vn.soi.indexer.records;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Register records grouped by who they are about ({@link IdentityKey}), with the keys that evidently cover more than
 * one subject. A person is identified by normalised full name plus unit and a collective by its unit, as the contract
 * says; when that is not enough to tell subjects apart the index reports an {@link Ambiguity} and keeps the records
 * together under the key, rather than guessing which row is whom.
 */
public final class IdentityIndex {

    private final Map<IdentityKey, List<RegisterRecord>> byKey;
    private final List<Ambiguity> ambiguities;

    private IdentityIndex(Map<IdentityKey, List<RegisterRecord>> byKey) {
        this.byKey = byKey;
        List<Ambiguity> found = new ArrayList<>();
        byKey.forEach((key, records) -> findAmbiguities(key, records, found));
        this.ambiguities = List.copyOf(found);
    }

    /** Indexes records from one or more registers. */
    public static IdentityIndex of(Collection<? extends RegisterRecord> records) {
        Map<IdentityKey, List<RegisterRecord>> byKey = new LinkedHashMap<>();
        for (RegisterRecord record : records) {
            byKey.computeIfAbsent(IdentityKey.of(record), k -> new ArrayList<>()).add(record);
        }
        byKey.replaceAll((k, v) -> List.copyOf(v));
        return new IdentityIndex(Collections.unmodifiableMap(byKey));
    }

    /** Every key, persons and collectives, in the order first seen. */
    public Set<IdentityKey> keys() {
        return byKey.keySet();
    }

    /** The records under a key, in the order given (empty when unknown). */
    public List<RegisterRecord> records(IdentityKey key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** Keys that evidently cover more than one person or collective, each with its evidence, in key order. */
    public List<Ambiguity> ambiguities() {
        return ambiguities;
    }

    private static void findAmbiguities(IdentityKey key, List<RegisterRecord> records, List<Ambiguity> found) {
        Map<Integer, List<RegisterRecord>> ratingsByYear = records.stream()
                .filter(RatingRecord.class::isInstance)
                .collect(Collectors.groupingBy(r -> ((RatingRecord) r).year(), LinkedHashMap::new, Collectors.toList()));
        ratingsByYear.values().stream().filter(same -> same.size() > 1)
                .forEach(same -> found.add(new Ambiguity(key, Ambiguity.Reason.TWO_RATINGS_SAME_YEAR, same)));

        if (key instanceof PersonKey) {
            Map<Integer, List<RegisterRecord>> byYear = records.stream().filter(r -> !r.position().isBlank())
                    .collect(Collectors.groupingBy(IdentityIndex::year, LinkedHashMap::new, Collectors.toList()));
            byYear.values().stream()
                    .filter(same -> same.stream().map(r -> IdentityText.normalise(r.position())).distinct().count() > 1)
                    .forEach(same -> found.add(new Ambiguity(key, Ambiguity.Reason.DIFFERENT_POSITIONS_SAME_YEAR, same)));
        } else if (records.stream().map(r -> IdentityText.normalise(r.subject())).distinct().count() > 1) {
            found.add(new Ambiguity(key, Ambiguity.Reason.DIFFERENT_COLLECTIVES_SAME_UNIT, records));
        }
    }

    private static int year(RegisterRecord record) {
        if (record instanceof RatingRecord rating) {
            return rating.year();
        }
        return ((DisciplineRecord) record).decided().getYear();
    }
}
