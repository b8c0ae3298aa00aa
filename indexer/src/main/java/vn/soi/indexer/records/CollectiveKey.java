package vn.soi.indexer.records;

/**
 * Identifies a collective (a party organisation or a leadership collective) by its normalised unit name (see {@code
 * interfaces.md}, "Tabular records"). Rows that share a unit share a key; conflicts are reported by {@link
 * IdentityIndex#ambiguities()}, not guessed.
 *
 * @param unit the normalised unit
 */
public record CollectiveKey(String unit) implements IdentityKey {

    public CollectiveKey {
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("a collective key needs a unit, got '" + unit + "'");
        }
        if (!unit.equals(IdentityText.normalise(unit))) {
            throw new IllegalArgumentException("collective key must be normalised, got '" + unit
                    + "'; use CollectiveKey.of");
        }
    }

    /** The key of a unit as written (case, spacing and Unicode form folded). */
    public static CollectiveKey of(String unit) {
        return new CollectiveKey(IdentityText.normalise(unit));
    }
}
