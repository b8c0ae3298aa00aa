package vn.soi.indexer.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.Rating;

/**
 * The classic Lucene query syntax over {@link IndexSchema}. Unqualified terms search {@link IndexSchema#TEXT}; every
 * text field is searched together with its folded companion, the exact one boosted by {@value #EXACT_BOOST}. Terms
 * are joined by AND unless the query says otherwise. {@code type:} takes a {@code DocumentType} name, {@code rating:}
 * a {@code Rating} name, abbreviation or full Vietnamese name, {@code year:} a year or a range, {@code date:} an ISO
 * date or a range; an unknown field or value is an error naming it.
 */
final class VietnameseQueryParser extends QueryParser {

    /** Boost of the exact-diacritic field over its folded companion. */
    static final float EXACT_BOOST = 2.0f;

    /** A problem with a field or value, rather than with the syntax; {@code field} locates it in the query. */
    static final class FieldProblem extends ParseException {
        private static final long serialVersionUID = 1L;
        final String field;

        FieldProblem(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    /**
     * A wildcard or regular expression that Lucene cannot compile (a bad character class, or too complex to run);
     * {@code pattern} is the term as written, to locate it in the query.
     */
    static final class PatternProblem extends ParseException {
        private static final long serialVersionUID = 1L;
        final String pattern;

        PatternProblem(String pattern, String message) {
            super(message);
            this.pattern = pattern;
        }
    }

    /** A query Lucene builds from a pattern; its constructor may refuse the pattern with an unchecked exception. */
    @FunctionalInterface
    private interface PatternQuery {
        Query build() throws ParseException;
    }

    /** The exact-or-folded queries built by this parser, which must stay whole (see addMultiTermClauses). */
    private final Set<Query> alternatives = Collections.newSetFromMap(new IdentityHashMap<>());

    VietnameseQueryParser(Analyzer analyzer) {
        super(IndexSchema.TEXT, analyzer);
        setDefaultOperator(AND_OPERATOR);
    }

    /**
     * The parser spreads the clauses of a query built from several bare terms among the other clauses, with the
     * default operator; an exact-or-folded alternative must instead stay one clause, or its SHOULD would become MUST.
     */
    @Override
    protected void addMultiTermClauses(List<BooleanClause> clauses, Query q) {
        if (q != null && alternatives.contains(q)) {
            clauses.add(newBooleanClause(q, getDefaultOperator() == AND_OPERATOR
                    ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD));
            return;
        }
        super.addMultiTermClauses(clauses, q);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        return switch (checked(field)) {
            case IndexSchema.YEAR -> IntPoint.newExactQuery(field, year(queryText));
            case IndexSchema.DATE -> LongPoint.newExactQuery(field, epochDay(queryText));
            case IndexSchema.TYPE -> new TermQuery(new Term(field, type(queryText)));
            case IndexSchema.RATING -> new TermQuery(new Term(field, rating(queryText)));
            default -> IndexSchema.isTextField(field)
                    ? either(newFieldQuery(getAnalyzer(), field, queryText, quoted),
                            newFieldQuery(getAnalyzer(), IndexSchema.folded(field), queryText, quoted))
                    : newFieldQuery(getAnalyzer(), field, queryText, quoted);
        };
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (!IndexSchema.isTextField(checked(field)) && !IndexSchema.isFoldedField(field)) {
            return getFieldQuery(field, queryText, true);
        }
        Query exact = withSlop(newFieldQuery(getAnalyzer(), field, queryText, true), slop);
        if (IndexSchema.isFoldedField(field)) {
            return exact;
        }
        return either(exact, withSlop(newFieldQuery(getAnalyzer(), IndexSchema.folded(field), queryText, true), slop));
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        switch (checked(field)) {
            case IndexSchema.YEAR -> {
                int low = part1 == null ? Integer.MIN_VALUE : year(part1) + (startInclusive ? 0 : 1);
                int high = part2 == null ? Integer.MAX_VALUE : year(part2) - (endInclusive ? 0 : 1);
                return IntPoint.newRangeQuery(field, low, high);
            }
            case IndexSchema.DATE -> {
                long low = part1 == null ? Long.MIN_VALUE : epochDay(part1) + (startInclusive ? 0 : 1);
                long high = part2 == null ? Long.MAX_VALUE : epochDay(part2) - (endInclusive ? 0 : 1);
                return LongPoint.newRangeQuery(field, low, high);
            }
            default -> {
                return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
            }
        }
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if ("*".equals(field)) {
            return super.getWildcardQuery(field, termStr);
        }
        if (IndexSchema.isTextField(multiTermField(field))) {
            return pattern(termStr, () -> either(super.getWildcardQuery(field, termStr),
                    super.getWildcardQuery(IndexSchema.folded(field), termStr)));
        }
        return pattern(termStr, () -> super.getWildcardQuery(field, termStr));
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        if (IndexSchema.isTextField(multiTermField(field))) {
            return either(super.getPrefixQuery(field, termStr),
                    super.getPrefixQuery(IndexSchema.folded(field), termStr));
        }
        return super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        if (IndexSchema.isTextField(multiTermField(field))) {
            return either(super.getFuzzyQuery(field, termStr, minSimilarity),
                    super.getFuzzyQuery(IndexSchema.folded(field), termStr, minSimilarity));
        }
        return super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        if (IndexSchema.isTextField(multiTermField(field))) {
            return pattern(termStr, () -> either(super.getRegexpQuery(field, termStr),
                    super.getRegexpQuery(IndexSchema.folded(field), termStr)));
        }
        return pattern(termStr, () -> super.getRegexpQuery(field, termStr));
    }

    /**
     * Builds a pattern query, turning Lucene's refusal of the pattern (an {@link IllegalArgumentException} from the
     * regular-expression syntax, a {@link TooComplexToDeterminizeException}) into a {@link PatternProblem}.
     */
    private static Query pattern(String termStr, PatternQuery query) throws ParseException {
        try {
            return query.build();
        } catch (TooComplexToDeterminizeException e) {
            throw new PatternProblem(termStr, "mẫu “" + termStr + "” quá phức tạp (pattern too complex to search)");
        } catch (IllegalArgumentException e) {
            throw new PatternProblem(termStr, "mẫu “" + termStr + "” không hợp lệ (invalid pattern: " + e.getMessage()
                    + ")");
        }
    }

    /** Fields whose values are not terms take no wildcard, prefix, fuzzy or regular-expression query. */
    private static String multiTermField(String field) throws ParseException {
        checked(field);
        if (IndexSchema.YEAR.equals(field) || IndexSchema.DATE.equals(field)) {
            throw new FieldProblem(field, "trường " + field + " chỉ nhận giá trị hoặc khoảng [a TO b]"
                    + " (field " + field + " takes a value or a range [a TO b], not a pattern)");
        }
        return field;
    }

    private static String checked(String field) throws ParseException {
        if (!IndexSchema.isSearchable(field)) {
            TreeSet<String> known = new TreeSet<>(IndexSchema.textFields());
            known.addAll(Arrays.asList(IndexSchema.TYPE, IndexSchema.RATING, IndexSchema.YEAR, IndexSchema.DATE,
                    IndexSchema.ID, IndexSchema.PATH, IndexSchema.CONTENT_HASH));
            throw new FieldProblem(field, "không có trường “" + field + "” (unknown field); các trường: "
                    + String.join(", ", known));
        }
        return field;
    }

    private Query either(Query exact, Query folded) {
        if (exact == null) {
            return folded;
        }
        if (folded == null) {
            return exact;
        }
        Query both = new BooleanQuery.Builder()
                .add(new BoostQuery(exact, EXACT_BOOST), BooleanClause.Occur.SHOULD)
                .add(folded, BooleanClause.Occur.SHOULD)
                .build();
        alternatives.add(both);
        return both;
    }

    private static Query withSlop(Query query, int slop) {
        if (query instanceof PhraseQuery phrase) {
            PhraseQuery.Builder builder = new PhraseQuery.Builder().setSlop(slop);
            Term[] terms = phrase.getTerms();
            int[] positions = phrase.getPositions();
            for (int i = 0; i < terms.length; i++) {
                builder.add(terms[i], positions[i]);
            }
            return builder.build();
        }
        if (query instanceof MultiPhraseQuery multi) {
            return new MultiPhraseQuery.Builder(multi).setSlop(slop).build();
        }
        return query;
    }

    private static int year(String text) throws ParseException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new FieldProblem(IndexSchema.YEAR, "năm phải là số, không phải “" + text + "” (year must be a number)");
        }
    }

    private static long epochDay(String text) throws ParseException {
        try {
            return LocalDate.parse(text.strip()).toEpochDay();
        } catch (DateTimeParseException e) {
            throw new FieldProblem(IndexSchema.DATE,
                    "ngày phải viết yyyy-MM-dd, không phải “" + text + "” (date must be yyyy-MM-dd)");
        }
    }

    private static String type(String text) throws ParseException {
        String name = text.strip().toUpperCase(Locale.ROOT);
        Optional<DocumentType> type = Arrays.stream(DocumentType.values()).filter(t -> t.name().equals(name))
                .findFirst();
        if (type.isEmpty()) {
            throw new FieldProblem(IndexSchema.TYPE, "không có loại văn bản “" + text + "” (unknown type); các loại: "
                    + Arrays.toString(DocumentType.values()));
        }
        return type.get().name();
    }

    private static String rating(String text) throws ParseException {
        String name = text.strip().toUpperCase(Locale.ROOT);
        Optional<Rating> rating = Arrays.stream(Rating.values()).filter(r -> r.name().equals(name)).findFirst()
                .or(() -> Rating.parse(text));
        if (rating.isEmpty()) {
            throw new FieldProblem(IndexSchema.RATING, "không có mức xếp loại “" + text + "” (unknown rating); dùng "
                    + "HTXSNV, HTTNV, HTNV, KHTNV hoặc " + Arrays.toString(Rating.values()));
        }
        return rating.get().name();
    }
}
