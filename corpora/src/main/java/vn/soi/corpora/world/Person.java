package vn.soi.corpora.world;

/**
 * A party member.
 *
 * @param id       stable identifier within a corpus
 * @param name     full name, NFC
 * @param female   for the choice of middle name and pronouns
 * @param birthYear year of birth
 */
public record Person(String id, String name, boolean female, int birthYear) {
}
