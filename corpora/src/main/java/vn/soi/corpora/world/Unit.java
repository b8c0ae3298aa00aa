package vn.soi.corpora.world;

/**
 * A party cell and the office, commune, school, enterprise or hospital it belongs to.
 *
 * @param index    position in the corpus
 * @param district its district
 * @param kind     its kind
 * @param name     the organisation's name, e.g. "Phòng Nội vụ huyện Tân Phước"
 * @param slug     ASCII folder name
 */
public record Unit(int index, District district, UnitKind kind, String name, String slug) {

    /** The collective's name used in labels and registers: "Chi bộ Phòng Nội vụ huyện Tân Phước". */
    public String cellName() {
        return "Chi bộ " + name;
    }
}
