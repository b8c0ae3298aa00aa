package vn.soi.indexer.document;

import java.util.Objects;

/**
 * The one entry point to structure extraction: picks the {@link StructureReader} of a document type and reads the
 * document's normalised text. Registers (read row by row elsewhere) and documents of type OTHER have no structure.
 * Immutable and safe to share between threads.
 */
public final class StructureExtractor {

    private final ReportReader individual;
    private final ReportReader collective;
    private final MinutesReader minutes;
    private final DecisionReader discipline;
    private final DecisionReader rating;

    private StructureExtractor(ReportReader individual, ReportReader collective, MinutesReader minutes,
                               DecisionReader discipline, DecisionReader rating) {
        this.individual = individual;
        this.collective = collective;
        this.minutes = minutes;
        this.discipline = discipline;
        this.rating = rating;
    }

    /** The extractor with the rules and lexicons of {@code seeds/}. */
    public static StructureExtractor standard() {
        return new StructureExtractor(ReportReader.individual(), ReportReader.collective(), MinutesReader.standard(),
                DecisionReader.discipline(), DecisionReader.rating());
    }

    /**
     * The fields, parts and opinions of {@code text} read as a document of {@code type}; offsets point into
     * {@code text}, which must already be normalised (NFC, canonical tone marks, 'Đ').
     */
    public DocumentStructure read(String text, DocumentType type) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        return switch (type) {
            case INDIVIDUAL_REPORT -> individual.read(text);
            case COLLECTIVE_REPORT -> collective.read(text);
            case MINUTES -> minutes.read(text);
            case DISCIPLINE_DECISION -> discipline.read(text);
            case RATING_DECISION -> rating.read(text);
            case DISCIPLINE_REGISTER, RATING_REGISTER, OTHER -> DocumentStructure.empty();
        };
    }
}
