package vn.soi.indexer.index;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.facet.FacetsConfig;

import vn.soi.indexer.document.SectionKind;

/**
 * Every field of the Lucene index, in one place. One Lucene document per {@code ParsedDocument}.
 *
 * <p>Text fields are analysed by {@code VietnameseAnalyzer} (exact: canonical form, lower case, syllables) and each
 * has a diacritic-insensitive companion named {@code <field>}{@value #FOLDED_SUFFIX} analysed by
 * {@code VietnameseFoldingAnalyzer}. Queries on a text field search both, the exact one boosted, so that
 * {@code khuyet diem} finds {@code khuyết điểm} while exact matches rank first.
 *
 * <ul>
 *   <li>{@link #ID}, {@link #PATH}, {@link #CONTENT_HASH}: exact keywords, stored; a document is replaced by its id.</li>
 *   <li>{@link #TITLE}: stored only, the title shown in hit lists.</li>
 *   <li>{@link #TEXT}: the normalised text, stored, offsets in the postings (highlighting needs no re-analysis).</li>
 *   <li>Part fields ({@link #partField(SectionKind)}: {@code strengths}, {@code shortcomings}, {@code causes},
 *       {@code remediation}, {@code explanation}, {@code responsibility}, {@code degeneration_self_check},
 *       {@code direction}, {@code self_rating}, {@code opinions}, {@code answers}, {@code conclusion}, {@code vote}):
 *       the text of that part only, at the same offsets as in {@link #TEXT} (everything outside the part is blanked),
 *       so {@code shortcomings:"nguyên nhân khách quan"} searches that part and highlights the whole text.</li>
 *   <li>{@link #UNIT}, {@link #PERSON}, {@link #POSITION}: the extracted values as searchable text (with register
 *       rows' units and subjects).</li>
 *   <li>{@link #TYPE} (the {@code DocumentType} name) and {@link #RATING} (the {@code Rating} name): exact keywords.</li>
 *   <li>{@link #YEAR}: int points, for {@code year:2023} and {@code year:[2020 TO 2023]}.</li>
 *   <li>{@link #DATE}: the document's date as epoch day, long point and numeric doc values (sorting).</li>
 *   <li>Facets: the dimensions of {@link FacetDimension}, as sorted-set doc values in {@link #FACETS}, with
 *       drill-down terms for filtering.</li>
 *   <li>{@link #RECORD}: the stored JSON of the document ({@code DocumentJson}) without its text, which is stored
 *       once, in {@link #TEXT}.</li>
 * </ul>
 */
public final class IndexSchema {

    /** Stable document id, keyword, stored. */
    public static final String ID = "id";
    /** Path as given to ingest, keyword, stored. */
    public static final String PATH = "path";
    /** SHA-256 of the file's bytes, keyword, stored. */
    public static final String CONTENT_HASH = "contentHash";
    /** Title for hit lists, stored only. */
    public static final String TITLE = "title";
    /** Normalised text, analysed, stored, with offsets. */
    public static final String TEXT = "text";
    /** Suffix of the diacritic-insensitive companion of a text field. */
    public static final String FOLDED_SUFFIX = "_folded";
    /** Diacritic-insensitive companion of {@link #TEXT}. */
    public static final String TEXT_FOLDED = TEXT + FOLDED_SUFFIX;
    /** Units named in the document, analysed. */
    public static final String UNIT = "unit";
    /** People named in the document, analysed. */
    public static final String PERSON = "person";
    /** Party and government positions, analysed. */
    public static final String POSITION = "position";
    /** Document type name, keyword. */
    public static final String TYPE = "type";
    /** Rating names (self-rating, decided rating, register ratings), keyword. */
    public static final String RATING = "rating";
    /** Review years, int points. */
    public static final String YEAR = "year";
    /** Document date as epoch day: long point and numeric doc values. */
    public static final String DATE = "date";
    /** Stored JSON record of the document, without its text. */
    public static final String RECORD = "record";
    /** The field that holds facet doc values and drill-down terms. */
    public static final String FACETS = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;

    private static final Set<String> TEXT_FIELDS = buildTextFields();
    private static final Set<String> KEYWORD_FIELDS = Set.of(ID, PATH, CONTENT_HASH, TYPE, RATING);

    private IndexSchema() {
    }

    /** The field holding only the text of parts of this kind: the kind's name in lower case. */
    public static String partField(SectionKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** The part kind of a part field (either the exact or the folded one), if {@code field} is one. */
    public static Optional<SectionKind> partOf(String field) {
        String exact = field.endsWith(FOLDED_SUFFIX) ? field.substring(0, field.length() - FOLDED_SUFFIX.length())
                : field;
        return Arrays.stream(SectionKind.values()).filter(k -> partField(k).equals(exact)).findFirst();
    }

    /** The diacritic-insensitive companion of a text field. */
    public static String folded(String textField) {
        if (!TEXT_FIELDS.contains(textField)) {
            throw new IllegalArgumentException("not a text field: " + textField);
        }
        return textField + FOLDED_SUFFIX;
    }

    /** The exact text fields, each of which has a folded companion: text, unit, person, position and every part. */
    public static Set<String> textFields() {
        return TEXT_FIELDS;
    }

    private static Set<String> buildTextFields() {
        Set<String> fields = new LinkedHashSet<>(Arrays.asList(TEXT, UNIT, PERSON, POSITION));
        for (SectionKind kind : SectionKind.values()) {
            fields.add(partField(kind));
        }
        return Set.copyOf(fields);
    }

    /** True for an exact text field. */
    public static boolean isTextField(String field) {
        return TEXT_FIELDS.contains(field);
    }

    /** True for the folded companion of a text field. */
    public static boolean isFoldedField(String field) {
        return field.endsWith(FOLDED_SUFFIX)
                && TEXT_FIELDS.contains(field.substring(0, field.length() - FOLDED_SUFFIX.length()));
    }

    /** True for a field indexed as one exact, case-sensitive term. */
    public static boolean isKeywordField(String field) {
        return KEYWORD_FIELDS.contains(field);
    }

    /** True for any field a query may name. */
    public static boolean isSearchable(String field) {
        return isTextField(field) || isFoldedField(field) || isKeywordField(field) || YEAR.equals(field)
                || DATE.equals(field);
    }

    /** The facet configuration: every dimension of {@link FacetDimension}, multi-valued except the type. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (FacetDimension dimension : FacetDimension.values()) {
            config.setMultiValued(dimension.dim(), dimension.multiValued());
        }
        return config;
    }
}
