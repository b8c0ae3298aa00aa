package vn.soi.indexer.document;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.soi.indexer.nlp.rules.RuleMatch;
import vn.soi.indexer.nlp.rules.RuleTopic;
import vn.soi.indexer.records.DisciplineForm;

/**
 * Reads discipline and rating decisions: number ("Số: 12-QĐ/ĐU"), place and date, the issuing committee, the subject
 * (person or organisation, after "đối với" in the operative article), and for discipline decisions the form
 * ({@link DisciplineForm} name) and the violation; for rating decisions each level decided ({@link Rating#label()}).
 */
public final class DecisionReader implements StructureReader {

    private static final Set<FieldName> LABELS = EnumSet.of(FieldName.VIOLATION, FieldName.PARTY_COMMITTEE,
            FieldName.CELL);
    /** The header block holding number, place and date. */
    private static final int HEADER = 1200;
    private static final String SUBJECT_CUE = "đối với ";
    private static final List<String> VIOLATION_CUES = List.of("vì đã vi phạm", "do vi phạm", "đã vi phạm",
            "vi phạm");
    private static final String ARTICLE_ONE = "điều 1";
    /** "- Căn cứ Quy định ... đảng viên vi phạm": the legal basis names violations in general. */
    private static final Pattern LEGAL_BASIS = Pattern.compile("^[\\s\\-+•*–]*căn cứ");

    private final DocumentType type;
    private final HeaderReader header;

    private DecisionReader(DocumentType type, HeaderReader header) {
        this.type = type;
        this.header = header;
    }

    /** The reader of discipline decisions. */
    public static DecisionReader discipline() {
        return new DecisionReader(DocumentType.DISCIPLINE_DECISION, HeaderReader.standard());
    }

    /** The reader of rating decisions and announcements of results. */
    public static DecisionReader rating() {
        return new DecisionReader(DocumentType.RATING_DECISION, HeaderReader.standard());
    }

    /** DISCIPLINE_DECISION or RATING_DECISION. */
    public DocumentType type() {
        return type;
    }

    @Override
    public DocumentStructure read(String text) {
        List<String> warnings = new ArrayList<>();
        int headerEnd = Math.min(text.length(), HEADER);
        List<ExtractedField> fields = new ArrayList<>(header.labelled(text, 0, text.length(), LABELS));
        Set<FieldName> units = EnumSet.of(FieldName.PARTY_COMMITTEE, FieldName.CELL);
        fields.forEach(f -> units.remove(f.name()));
        fields.addAll(header.units(text, 0, headerEnd, units));
        header.rules().findInTriggeredLines(RuleTopic.DECISIONS, text, 0, headerEnd).stream()
                .filter(m -> m.kind().equals("DECISION_NUMBER")).findFirst()
                .ifPresentOrElse(m -> fields.add(new ExtractedField(FieldName.DECISION_NUMBER, m.textIn(text),
                        m.start(), m.end())), () -> warnings.add("Không tìm thấy số quyết định"));
        header.placeAndDate(text, 0, headerEnd, FieldName.DECISION_DATE, fields, warnings);
        List<TextLine> lines = TextLine.of(text);
        Optional<TextLine> article = lines.stream()
                .filter(l -> l.text().strip().toLowerCase(Locale.ROOT).startsWith(ARTICLE_ONE)).findFirst();
        int bodyStart = article.map(TextLine::start).orElse(0);
        int bodyEnd = article.map(TextLine::end).orElse(text.length());
        subject(text, bodyStart, bodyEnd).ifPresent(fields::add);
        if (type == DocumentType.DISCIPLINE_DECISION) {
            disciplineForm(text, bodyStart, bodyEnd, fields, warnings);
            if (fields.stream().noneMatch(f -> f.name() == FieldName.VIOLATION)) {
                violation(text, lines).ifPresent(fields::add);
            }
        } else {
            for (RuleMatch m : header.rules().findInTriggeredLines(RuleTopic.RATINGS, text, bodyStart,
                    text.length())) {
                fields.add(new ExtractedField(FieldName.RATING, Rating.valueOf(m.arg(0)).label(), m.start(),
                        m.end()));
            }
        }
        if (fields.stream().noneMatch(f -> f.name() == FieldName.SUBJECT)) {
            warnings.add("Không tìm thấy người hoặc tổ chức được quyết định");
        }
        return new DocumentStructure(fields, List.of(), List.of(), warnings);
    }

    /** The form: the first in the operative article, else the first in the whole decision. */
    private void disciplineForm(String text, int from, int to, List<ExtractedField> fields, List<String> warnings) {
        Optional<RuleMatch> form = forms(text, from, to).stream().findFirst();
        if (form.isEmpty()) {
            form = forms(text, 0, text.length()).stream().findFirst();
        }
        form.ifPresentOrElse(m -> fields.add(new ExtractedField(FieldName.DISCIPLINE_FORM,
                DisciplineForm.valueOf(m.arg(0)).name(), m.start(), m.end())),
                () -> warnings.add("Không tìm thấy hình thức kỷ luật"));
    }

    private List<RuleMatch> forms(String text, int from, int to) {
        return header.rules().findInTriggeredLines(RuleTopic.DECISIONS, text, from, to).stream()
                .filter(m -> m.kind().equals("DISCIPLINE")).toList();
    }

    /** "... đối với đồng chí Nguyễn Văn A, ..." : the name without honorific, or the organisation. */
    private static Optional<ExtractedField> subject(String text, int from, int to) {
        int at = text.substring(from, to).toLowerCase(Locale.ROOT).indexOf(SUBJECT_CUE);
        if (at < 0) {
            return Optional.empty();
        }
        int start = from + at + SUBJECT_CUE.length();
        int end = start;
        while (end < to && ",;(.".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return Optional.ofNullable(HeaderReader.person(FieldName.SUBJECT, text, start, end));
    }

    /** The first line stating the violation (not a "Căn cứ ..." line citing the rules on violations), from the violation cue to the end of its sentence. */
    private static Optional<ExtractedField> violation(String text, List<TextLine> lines) {
        for (TextLine line : lines) {
            String lower = line.text().toLowerCase(Locale.ROOT);
            if (LEGAL_BASIS.matcher(lower).find()) {
                continue;
            }
            for (String cue : VIOLATION_CUES) {
                int at = lower.indexOf(cue);
                if (at >= 0) {
                    int start = line.start() + at;
                    int end = text.indexOf('.', start);
                    end = end < 0 || end > line.end() ? line.end() : end;
                    return Optional.ofNullable(Spans.field(FieldName.VIOLATION, text, start, end));
                }
            }
        }
        return Optional.empty();
    }
}
