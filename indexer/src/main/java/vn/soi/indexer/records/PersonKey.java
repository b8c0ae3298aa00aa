package vn.soi.indexer.records;

/**
 * Identifies a person across registers and documents: normalised full name plus normalised unit (see {@code
 * interfaces.md}, "Tabular records"). Two people with the same name in the same unit share a key; that ambiguity is
 * reported by {@link IdentityIndex#ambiguities()}, never resolved by guessing.
 *
 * @param name the normalised full name
 * @param unit the normalised unit
 */
public record PersonKey(String name, String unit) implements IdentityKey {

    public PersonKey {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a person key needs a name, got '" + name + "'");
        }
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("a person key needs a unit, got '" + unit + "' for " + name);
        }
        if (!name.equals(IdentityText.normalise(name)) || !unit.equals(IdentityText.normalise(unit))) {
            throw new IllegalArgumentException("person key parts must be normalised, got '" + name + "' / '" + unit
                    + "'; use PersonKey.of");
        }
    }

    /** The key of a full name and unit as written (case, spacing and Unicode form folded). */
    public static PersonKey of(String fullName, String unit) {
        return new PersonKey(IdentityText.normalise(fullName), IdentityText.normalise(unit));
    }
}
