package vn.soi.indexer.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.soi.indexer.nlp.rules.RuleMatch;
import vn.soi.indexer.nlp.rules.RuleTopic;

/**
 * Reads individual and collective review reports (templates of HD 21, HD 25 and HD 43 in {@code domain.md}):
 * <ul>
 *   <li>header fields: party committee, cell, unit, the person and their party and government positions with the
 *       derived LEADER / HEAD flags (individual), the collective (collective), review year, place and date,
 *       regulation;</li>
 *   <li>parts with offsets: strengths (and their items), shortcomings, causes, remediation, explanation,
 *       responsibility, relation to the 27 expressions, direction, self-rating;</li>
 *   <li>the self-rating level ({@link Rating#label()}, readable by {@link Rating#parse}) and, from 2025, the points
 *       (general of 30, results of 70, total of 100), with warnings when they do not add up.</li>
 * </ul>
 * The TokensRegex rules run only on the header block, the self-rating part and the lines with points triggers.
 */
public final class ReportReader implements StructureReader {

    private static final Set<SectionKind> KINDS = EnumSet.of(SectionKind.STRENGTHS, SectionKind.SHORTCOMINGS,
            SectionKind.CAUSES, SectionKind.REMEDIATION, SectionKind.EXPLANATION, SectionKind.RESPONSIBILITY,
            SectionKind.DEGENERATION_SELF_CHECK, SectionKind.DIRECTION, SectionKind.SELF_RATING);
    private static final Set<FieldName> INDIVIDUAL_LABELS = EnumSet.of(FieldName.PERSON, FieldName.PARTY_POSITION,
            FieldName.GOVERNMENT_POSITION, FieldName.CELL, FieldName.UNIT, FieldName.PARTY_COMMITTEE);
    private static final Set<FieldName> COLLECTIVE_LABELS = EnumSet.of(FieldName.COLLECTIVE, FieldName.CELL,
            FieldName.UNIT, FieldName.PARTY_COMMITTEE);
    /** The header block when a report has no recognisable part. */
    private static final int HEADER_FALLBACK = 1500;
    /** From this review year the forms carry points (Quy định 366, HD 43). */
    private static final int POINTS_FROM = 2025;

    private final DocumentType type;
    private final HeaderReader header;
    private final SectionFinder sections;
    private final List<String> selfRatingPhrases;

    private ReportReader(DocumentType type, HeaderReader header, HeadingCues cues) {
        this.type = type;
        this.header = header;
        this.sections = new SectionFinder(cues);
        this.selfRatingPhrases = cues.phrases(SectionKind.SELF_RATING);
    }

    /** The reader of individual reports (bản kiểm điểm cá nhân). */
    public static ReportReader individual() {
        return new ReportReader(DocumentType.INDIVIDUAL_REPORT, HeaderReader.standard(), HeadingCues.standard());
    }

    /** The reader of collective reports (báo cáo kiểm điểm tập thể). */
    public static ReportReader collective() {
        return new ReportReader(DocumentType.COLLECTIVE_REPORT, HeaderReader.standard(), HeadingCues.standard());
    }

    /** INDIVIDUAL_REPORT or COLLECTIVE_REPORT. */
    public DocumentType type() {
        return type;
    }

    @Override
    public DocumentStructure read(String text) {
        List<String> warnings = new ArrayList<>();
        List<Section> parts = sections.find(text, KINDS, SectionKind.STRENGTHS);
        int headerEnd = parts.isEmpty() ? Math.min(text.length(), HEADER_FALLBACK) : parts.get(0).start();
        if (parts.isEmpty()) {
            warnings.add("Không nhận ra phần nào của bản kiểm điểm (ưu điểm, hạn chế, ...)");
        }
        boolean individual = type == DocumentType.INDIVIDUAL_REPORT;
        List<ExtractedField> fields = new ArrayList<>(
                header.labelled(text, 0, headerEnd, individual ? INDIVIDUAL_LABELS : COLLECTIVE_LABELS));
        Set<FieldName> present = EnumSet.noneOf(FieldName.class);
        fields.forEach(f -> present.add(f.name()));
        Set<FieldName> unitsWanted = EnumSet.of(FieldName.CELL, FieldName.PARTY_COMMITTEE);
        if (!individual) {
            unitsWanted.add(FieldName.COLLECTIVE);
        }
        unitsWanted.removeAll(present);
        fields.addAll(header.units(text, 0, headerEnd, unitsWanted));
        if (!individual && fields.stream().noneMatch(f -> f.name() == FieldName.UNIT)) {
            // A collective is identified by the unit it leads: the innermost unit of the header.
            fields.stream().filter(f -> f.name() == FieldName.CELL).findFirst()
                    .or(() -> fields.stream().filter(f -> f.name() == FieldName.PARTY_COMMITTEE).findFirst())
                    .map(f -> new ExtractedField(FieldName.UNIT, f.value(), f.start(), f.end()))
                    .ifPresent(fields::add);
        }
        if (individual) {
            fields.addAll(header.leaderFlags(text, fields));
            if (fields.stream().noneMatch(f -> f.name() == FieldName.PERSON)) {
                warnings.add("Không tìm thấy họ và tên người kiểm điểm");
            }
        }
        Optional<ExtractedField> year = header.year(text, 0, headerEnd);
        header.placeAndDate(text, 0, headerEnd, FieldName.DATE, fields, warnings);
        if (fields.stream().noneMatch(f -> f.name() == FieldName.DATE)) {
            int signature = parts.isEmpty() ? headerEnd : parts.get(parts.size() - 1).end();
            header.placeAndDate(text, signature, text.length(), FieldName.DATE, fields, warnings);
        }
        Integer reviewYear = null;
        if (year.isPresent()) {
            fields.add(year.get());
            reviewYear = Integer.valueOf(year.get().value());
        } else {
            Optional<ExtractedField> date = fields.stream().filter(f -> f.name() == FieldName.DATE).findFirst();
            if (date.isPresent()) {
                reviewYear = Integer.valueOf(date.get().value().substring(0, 4));
                fields.add(ExtractedField.derived(FieldName.YEAR, reviewYear.toString()));
                warnings.add("Năm kiểm điểm lấy theo ngày ký " + date.get().value());
            } else {
                warnings.add("Không xác định được năm kiểm điểm");
            }
        }
        header.regulation(text, reviewYear).ifPresent(fields::add);
        selfRating(text, parts, fields, warnings);
        points(text, reviewYear, fields, warnings);
        return new DocumentStructure(fields, parts, List.of(), warnings);
    }

    private record Span(int start, int end) {
    }

    /**
     * The level in the self-rating part; without such a part, in the last line that states a self-rating in running
     * text ("Bản thân tự nhận mức xếp loại: ...").
     */
    private void selfRating(String text, List<Section> parts, List<ExtractedField> fields, List<String> warnings) {
        List<Span> spans = new ArrayList<>();
        parts.stream().filter(p -> p.kind() == SectionKind.SELF_RATING)
                .forEach(p -> spans.add(new Span(p.start(), p.end())));
        if (spans.isEmpty()) {
            List<TextLine> lines = TextLine.of(text);
            for (int i = lines.size() - 1; i >= 0; i--) {
                String lower = lines.get(i).text().toLowerCase(Locale.ROOT);
                if (selfRatingPhrases.stream().anyMatch(lower::contains)) {
                    spans.add(new Span(lines.get(i).start(), lines.get(i).end()));
                    break;
                }
            }
        }
        for (Span span : spans) {
            Optional<RuleMatch> rating = header.rules().find(RuleTopic.RATINGS, text, span.start(), span.end())
                    .stream().findFirst();
            if (rating.isPresent()) {
                Rating level = Rating.valueOf(rating.get().arg(0));
                fields.add(new ExtractedField(FieldName.SELF_RATING, level.label(), rating.get().start(),
                        rating.get().end()));
                return;
            }
        }
        warnings.add("Không tìm thấy mức tự xếp loại");
    }

    private void points(String text, Integer year, List<ExtractedField> fields, List<String> warnings) {
        Map<FieldName, RuleMatch> found = new EnumMap<>(FieldName.class);
        for (RuleMatch m : header.rules().findInTriggeredLines(RuleTopic.POINTS, text, 0, text.length())) {
            FieldName name = switch (m.arg(0)) {
                case "GENERAL" -> FieldName.POINTS_GENERAL;
                case "RESULTS" -> FieldName.POINTS_RESULTS;
                default -> FieldName.POINTS_TOTAL;
            };
            found.putIfAbsent(name, m);
        }
        found.forEach((name, m) -> fields.add(new ExtractedField(name, m.arg(1), m.start(), m.end())));
        if (found.isEmpty()) {
            if (year != null && year >= POINTS_FROM) {
                warnings.add("Từ năm " + POINTS_FROM + " bản kiểm điểm phải có điểm tự chấm, không tìm thấy điểm");
            }
            return;
        }
        RuleMatch general = found.get(FieldName.POINTS_GENERAL);
        RuleMatch results = found.get(FieldName.POINTS_RESULTS);
        RuleMatch total = found.get(FieldName.POINTS_TOTAL);
        if (general != null && results != null && total != null) {
            int sum = Integer.parseInt(general.arg(1)) + Integer.parseInt(results.arg(1));
            if (sum != Integer.parseInt(total.arg(1))) {
                warnings.add("Tổng điểm " + total.arg(1) + " khác tổng hai tiêu chí " + sum);
            }
        }
    }
}
