package vn.soi.corpora.world;

/** Kinds of unit, each with its own vocabulary folder under {@code kinds/}. */
public enum UnitKind {
    DISTRICT_OFFICE("office", 8, 14),
    COMMUNE("commune", 12, 30),
    SCHOOL("school", 8, 22),
    ENTERPRISE("enterprise", 8, 20),
    HOSPITAL("hospital", 10, 28);

    private final String folder;
    private final int typicalMin;
    private final int typicalMax;

    UnitKind(String folder, int typicalMin, int typicalMax) {
        this.folder = folder;
        this.typicalMin = typicalMin;
        this.typicalMax = typicalMax;
    }

    /** The phrase-bank folder, e.g. {@code kinds/school}. */
    public String folder() {
        return "kinds/" + folder;
    }

    /** Typical smallest cell of this kind. */
    public int typicalMin() {
        return typicalMin;
    }

    /** Typical largest cell of this kind. */
    public int typicalMax() {
        return typicalMax;
    }
}
