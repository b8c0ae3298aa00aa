package vn.soi.indexer.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.soi.indexer.nlp.rules.RuleBook;
import vn.soi.indexer.nlp.rules.RuleMatch;
import vn.soi.indexer.nlp.rules.RuleTopic;
import vn.soi.indexer.nlp.rules.SeedTable;

/**
 * Reads the fields of header and signature blocks shared by reports, minutes and decisions: labelled lines
 * ({@code seeds/lexicons/header-labels.tsv}), units named in header cells, positions and the leader / head flags
 * derived from them, place and date, review year and regulation ({@code seeds/lexicons/regulations.tsv}). Labels and
 * layout are read line by line; dates, units and positions by the TokensRegex rules, on these blocks only.
 */
final class HeaderReader {

    static final String LABELS = "seeds/lexicons/header-labels.tsv";
    static final String REGULATIONS = "seeds/lexicons/regulations.tsv";
    private static final String POSITION = "POSITION";
    /** Cells of a header line are separated by tabs or runs of two or more spaces (centred header layout). */
    private static final Pattern CELL_GAP = Pattern.compile("\\t+| {2,}");
    private static final Pattern BULLET = Pattern.compile("^[-+•*–]\\s*");
    private static final Set<FieldName> PEOPLE = EnumSet.of(FieldName.PERSON, FieldName.CHAIR, FieldName.SECRETARY,
            FieldName.SUPERIOR_REPRESENTATIVE);
    private static final List<String> HONORIFICS = List.of("đồng chí ", "đ/c ", "đ/c. ", "ông ", "bà ");

    private record Label(String field, String phrase) {
    }

    private record Regulation(String code, int firstYear, int lastYear, List<String> cues) {
    }

    private final RuleBook rules;
    private final List<Label> labels;
    private final List<Regulation> regulations;

    private HeaderReader(RuleBook rules, List<Label> labels, List<Regulation> regulations) {
        this.rules = rules;
        this.labels = labels;
        this.regulations = regulations;
    }

    static HeaderReader standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        private static final HeaderReader STANDARD = load();
    }

    private static HeaderReader load() {
        List<Label> labels = new ArrayList<>();
        for (List<String> row : SeedTable.read(LABELS, 3)) {
            if (!row.get(0).equals(POSITION)) {
                try {
                    FieldName.valueOf(row.get(0));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(LABELS + ": unknown field " + row.get(0), e);
                }
            }
            labels.add(new Label(row.get(0), row.get(1).toLowerCase(Locale.ROOT)));
        }
        labels.sort(Comparator.comparingInt((Label l) -> l.phrase().length()).reversed());
        List<Regulation> regulations = new ArrayList<>();
        for (List<String> row : SeedTable.read(REGULATIONS, 5)) {
            try {
                regulations.add(new Regulation(row.get(0), Integer.parseInt(row.get(1)), Integer.parseInt(row.get(2)),
                        List.of(row.get(3).toLowerCase(Locale.ROOT).split(";"))));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(REGULATIONS + ": bad year in " + row, e);
            }
        }
        return new HeaderReader(RuleBook.standard(), List.copyOf(labels), List.copyOf(regulations));
    }

    RuleBook rules() {
        return rules;
    }

    /** A cell of a header line: offsets of its trimmed text. */
    record Cell(int start, int end) {
    }

    /** The cells of the lines of {@code text[from, to)}. */
    static List<Cell> cells(String text, int from, int to) {
        List<Cell> cells = new ArrayList<>();
        for (TextLine line : TextLine.of(text.substring(0, to))) {
            if (line.end() <= from || line.isBlank()) {
                continue;
            }
            int lineStart = Math.max(line.start(), from);
            String content = text.substring(lineStart, line.end());
            Matcher gap = CELL_GAP.matcher(content);
            int cellStart = 0;
            while (true) {
                boolean found = gap.find();
                int cellEnd = found ? gap.start() : content.length();
                int s = Spans.trimStart(text, lineStart + cellStart, lineStart + cellEnd);
                int e = Spans.trimEnd(text, s, lineStart + cellEnd);
                if (e > s) {
                    cells.add(new Cell(s, e));
                }
                if (!found) {
                    break;
                }
                cellStart = gap.end();
            }
        }
        return cells;
    }

    /**
     * Fields of labelled cells in {@code text[from, to)} whose field is in {@code wanted} (generic "Chức vụ" values
     * become party or government positions), people's names without honorific and trailing position.
     */
    List<ExtractedField> labelled(String text, int from, int to, Set<FieldName> wanted) {
        List<ExtractedField> fields = new ArrayList<>();
        for (Cell cell : cells(text, from, to)) {
            String content = text.substring(cell.start(), cell.end());
            Matcher bullet = BULLET.matcher(content);
            int offset = bullet.find() ? bullet.end() : 0;
            String lower = content.substring(offset).toLowerCase(Locale.ROOT);
            for (Label label : labels) {
                if (!lower.startsWith(label.phrase())) {
                    continue;
                }
                String after = lower.substring(label.phrase().length());
                int colon = after.indexOf(':');
                if (colon < 0 || !after.substring(0, colon).isBlank()) {
                    continue;
                }
                int valueStart = cell.start() + offset + label.phrase().length() + colon + 1;
                if (label.field().equals(POSITION)) {
                    if (wanted.contains(FieldName.PARTY_POSITION) || wanted.contains(FieldName.GOVERNMENT_POSITION)) {
                        fields.addAll(genericPositions(text, valueStart, cell.end()));
                    }
                } else {
                    FieldName name = FieldName.valueOf(label.field());
                    if (wanted.contains(name)) {
                        ExtractedField field = PEOPLE.contains(name)
                                ? person(name, text, valueStart, cell.end())
                                : Spans.field(name, text, valueStart, cell.end());
                        if (field != null) {
                            fields.add(field);
                        }
                    }
                }
                break;
            }
        }
        return fields;
    }

    /** A person's name: the honorific dropped, cut before a comma, dash or bracket that introduces the position. */
    static ExtractedField person(FieldName name, String text, int start, int end) {
        int s = Spans.trimStart(text, start, end);
        String lower = text.substring(s, end).toLowerCase(Locale.ROOT);
        for (String honorific : HONORIFICS) {
            if (lower.startsWith(honorific)) {
                s = Spans.trimStart(text, s + honorific.length(), end);
                break;
            }
        }
        int e = s;
        while (e < end && ",;(–".indexOf(text.charAt(e)) < 0
                && !(text.charAt(e) == '-' && e > s && text.charAt(e - 1) == ' ')) {
            e++;
        }
        return Spans.field(name, text, s, e);
    }

    /** "Chức vụ: Bí thư Chi bộ, Trưởng phòng": each comma-separated piece, its side decided by the position rules. */
    private List<ExtractedField> genericPositions(String text, int start, int end) {
        List<ExtractedField> fields = new ArrayList<>();
        List<RuleMatch> positions = rules.find(RuleTopic.POSITIONS, text, start, end);
        int pieceStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == ',' || text.charAt(i) == ';') {
                int ps = pieceStart;
                int pe = i;
                Optional<RuleMatch> first = positions.stream().filter(m -> m.start() >= ps && m.end() <= pe)
                        .findFirst();
                if (first.isPresent()) {
                    FieldName name = first.get().arg(0).equals("PARTY") ? FieldName.PARTY_POSITION
                            : FieldName.GOVERNMENT_POSITION;
                    ExtractedField field = Spans.field(name, text, ps, pe);
                    if (field != null) {
                        fields.add(field);
                    }
                }
                pieceStart = i + 1;
            }
        }
        return fields;
    }

    /**
     * LEADER and HEAD derived from the position fields through {@code seeds/rules/positions.rules}: a head, deputy or
     * member of a leadership collective leads; a head (người đứng đầu: bí thư, giám đốc, trưởng phòng...) heads.
     * Nothing is derived when no position was found.
     */
    List<ExtractedField> leaderFlags(String text, List<ExtractedField> fields) {
        boolean any = false;
        boolean leader = false;
        boolean head = false;
        for (ExtractedField field : fields) {
            if (field.name() != FieldName.PARTY_POSITION && field.name() != FieldName.GOVERNMENT_POSITION
                    || field.start() < 0) {
                continue;
            }
            for (RuleMatch m : rules.find(RuleTopic.POSITIONS, text, field.start(), field.end())) {
                any = true;
                String role = m.arg(1);
                leader |= !role.equals("STAFF");
                head |= role.equals("HEAD");
            }
        }
        if (!any) {
            return List.of();
        }
        return List.of(ExtractedField.derived(FieldName.LEADER, Boolean.toString(leader)),
                ExtractedField.derived(FieldName.HEAD, Boolean.toString(head)));
    }

    /** Units named in unlabelled header cells: the first cell, party committee and collective found. */
    List<ExtractedField> units(String text, int from, int to, Set<FieldName> wanted) {
        List<ExtractedField> fields = new ArrayList<>();
        Set<FieldName> seen = EnumSet.noneOf(FieldName.class);
        for (Cell cell : cells(text, from, to)) {
            if (text.substring(cell.start(), cell.end()).contains(":")) {
                continue;
            }
            for (RuleMatch m : rules.findInTriggeredLines(RuleTopic.UNITS, text, cell.start(), cell.end())) {
                FieldName name = switch (m.arg(0)) {
                    case "CELL" -> FieldName.CELL;
                    case "PARTY_COMMITTEE" -> FieldName.PARTY_COMMITTEE;
                    default -> FieldName.COLLECTIVE;
                };
                if (wanted.contains(name) && seen.add(name)) {
                    fields.add(new ExtractedField(name, m.textIn(text), m.start(), m.end()));
                }
            }
        }
        return fields;
    }

    /** The dates of {@code text[from, to)} (only lines with date triggers), with the review years ("năm 2024"). */
    List<RuleMatch> dates(String text, int from, int to) {
        return rules.findInTriggeredLines(RuleTopic.DATES, text, from, to);
    }

    /** ISO form of a DATE match, or empty when the date does not exist (31/02). */
    static Optional<String> iso(RuleMatch date) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(date.arg(0)), Integer.parseInt(date.arg(1)),
                    Integer.parseInt(date.arg(2))).toString());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Place and date of a "Hà Nội, ngày 15 tháng 12 năm 2024" line in {@code text[from, to)}: the first date whose cell
     * has a place before it; else the first date. Adds PLACE (when written) and the date under {@code dateField}.
     */
    void placeAndDate(String text, int from, int to, FieldName dateField, List<ExtractedField> out,
                      List<String> warnings) {
        List<RuleMatch> dates = dates(text, from, to).stream().filter(m -> m.kind().equals("DATE"))
                .filter(m -> !isBirthOrCitation(text, m)).toList();
        if (dates.isEmpty()) {
            return;
        }
        RuleMatch chosen = dates.get(0);
        ExtractedField place = null;
        for (RuleMatch date : dates) {
            Optional<Cell> cell = cells(text, from, to).stream()
                    .filter(c -> c.start() <= date.start() && date.end() <= c.end()).findFirst();
            if (cell.isPresent() && cell.get().start() < date.start()) {
                String before = text.substring(cell.get().start(), date.start()).strip();
                if (before.endsWith(",") && before.length() <= 60) {
                    chosen = date;
                    place = Spans.field(FieldName.PLACE, text, cell.get().start(), date.start());
                    break;
                }
            }
        }
        Optional<String> iso = iso(chosen);
        if (iso.isEmpty()) {
            warnings.add("Ngày không hợp lệ: \"" + chosen.textIn(text) + "\"");
            return;
        }
        if (place != null) {
            out.add(place);
        }
        out.add(new ExtractedField(dateField, iso.get(), chosen.start(), chosen.end()));
    }

    /**
     * True for a date that is not the document's own: a date of birth ("Ngày sinh: 24/04/1991") or the date of a
     * cited text ("Hướng dẫn số 25-HD/BTCTW ngày 10/11/2023"), told by what precedes it in its line or, in a
     * two-column header, its cell.
     */
    private static boolean isBirthOrCitation(String text, RuleMatch date) {
        int at = Math.max(0, date.start() - 1);
        int lineStart = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('\t', at)) + 1;
        String before = text.substring(lineStart, date.start()).toLowerCase(java.util.Locale.ROOT);
        return before.contains("sinh") || before.contains("số") || before.contains("/tw")
                || before.contains("-hd") || before.contains("-qđ");
    }

    /** The review year: the first "năm 2024" outside a full date in {@code text[from, to)}. */
    Optional<ExtractedField> year(String text, int from, int to) {
        return dates(text, from, to).stream().filter(m -> m.kind().equals("YEAR")).findFirst()
                .map(m -> new ExtractedField(FieldName.YEAR, m.arg(0), m.start(), m.end()));
    }

    /**
     * The regulation: quoted where the text cites one (the earliest citation), else derived from the review year by
     * the ranges of {@code regulations.tsv}.
     */
    Optional<ExtractedField> regulation(String text, Integer year) {
        String lower = text.toLowerCase(Locale.ROOT);
        int best = -1;
        Regulation found = null;
        String cue = null;
        for (Regulation regulation : regulations) {
            for (String c : regulation.cues()) {
                int at = lower.indexOf(c);
                if (at >= 0 && (best < 0 || at < best)) {
                    best = at;
                    found = regulation;
                    cue = c;
                }
            }
        }
        if (found != null) {
            return Optional.of(new ExtractedField(FieldName.REGULATION, found.code(), best, best + cue.length()));
        }
        if (year == null) {
            return Optional.empty();
        }
        return regulations.stream().filter(r -> r.firstYear() <= year && year <= r.lastYear()).findFirst()
                .map(r -> ExtractedField.derived(FieldName.REGULATION, r.code()));
    }
}
