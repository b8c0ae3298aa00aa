package vn.soi.corpora.world;

/**
 * A district party committee grouping several cells.
 *
 * @param index position in the corpus
 * @param name  the district's name, e.g. "Tân Phước"
 * @param slug  ASCII folder name
 */
public record District(int index, String name, String slug) {

    /** "Đảng bộ huyện Tân Phước". */
    public String committee() {
        return "Đảng bộ huyện " + name;
    }
}
