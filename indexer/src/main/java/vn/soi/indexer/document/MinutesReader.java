package vn.soi.indexer.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.soi.indexer.nlp.entity.Entity;
import vn.soi.indexer.nlp.entity.EntityKind;
import vn.soi.indexer.nlp.entity.EntityRecognizer;
import vn.soi.indexer.nlp.rules.RuleMatch;
import vn.soi.indexer.nlp.rules.RuleTopic;
import vn.soi.indexer.nlp.rules.SeedTable;

/**
 * Reads review minutes (no official template; {@code domain.md} lists what they hold): meeting date, start and end
 * times, place, members total / present / absent, chair, secretary, superior representative, the reports presented,
 * the date the drafts were sent, every opinion (speaker and offsets; the reviewed side's replies marked as answers),
 * the parts (opinions, answers, the chair's conclusion, the vote) and the vote count per level.
 * Cue words are data in {@code seeds/lexicons/minutes-cues.tsv}. When no labelled line names the chair or the
 * secretary, an opening line with a chair (or secretary) cue and exactly one person ({@link EntityRecognizer}) names
 * them ("Hội nghị do đồng chí Nguyễn Văn Hải chủ trì").
 */
public final class MinutesReader implements StructureReader {

    static final String CUES = "seeds/lexicons/minutes-cues.tsv";
    private static final Set<SectionKind> KINDS = EnumSet.of(SectionKind.OPINIONS, SectionKind.ANSWERS,
            SectionKind.CONCLUSION, SectionKind.VOTE);
    private static final Set<FieldName> LABELS = EnumSet.of(FieldName.PLACE, FieldName.CHAIR, FieldName.SECRETARY,
            FieldName.SUPERIOR_REPRESENTATIVE, FieldName.CELL, FieldName.PARTY_COMMITTEE);
    private static final Pattern BULLET = Pattern.compile("^[-+•*–]\\s*");
    /** The longest text allowed between a speaker's name and the colon ("(Chi ủy viên) góp ý"). */
    private static final int MAX_LEAD = 60;
    private static final int MAX_NAME_WORDS = 5;
    private static final List<String> REPORT_OBJECTS = List.of("bản kiểm điểm", "báo cáo kiểm điểm", "báo cáo",
            "dự thảo");

    private final HeaderReader header;
    private final SectionFinder sections;
    private final Map<String, List<String>> cues;
    private final EntityRecognizer entities;

    private MinutesReader(HeaderReader header, SectionFinder sections, Map<String, List<String>> cues,
                          EntityRecognizer entities) {
        this.header = header;
        this.sections = sections;
        this.cues = cues;
        this.entities = entities;
    }

    /** The reader with the standard seeds. */
    public static MinutesReader standard() {
        Map<String, List<String>> cues = new HashMap<>();
        for (List<String> row : SeedTable.read(CUES, 3)) {
            cues.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row.get(1).toLowerCase(Locale.ROOT));
        }
        for (String kind : List.of("SPEAKER", "SPEECH", "ANSWER", "REPORT", "SENT", "START", "END_TIME")) {
            if (!cues.containsKey(kind)) {
                throw new IllegalStateException(CUES + ": no cue of kind " + kind);
            }
        }
        cues.replaceAll((kind, phrases) -> List.copyOf(phrases));
        return new MinutesReader(HeaderReader.standard(), new SectionFinder(HeadingCues.standard()), Map.copyOf(cues),
                EntityRecognizer.standard());
    }

    @Override
    public DocumentStructure read(String text) {
        List<String> warnings = new ArrayList<>();
        List<Section> parts = sections.find(text, KINDS, null);
        int openingEnd = parts.isEmpty() ? text.length() : parts.get(0).start();
        List<ExtractedField> fields = new ArrayList<>(header.labelled(text, 0, openingEnd, LABELS));
        Set<FieldName> wantedUnits = EnumSet.of(FieldName.CELL, FieldName.PARTY_COMMITTEE);
        fields.forEach(f -> wantedUnits.remove(f.name()));
        fields.addAll(header.units(text, 0, openingEnd, wantedUnits));
        List<TextLine> lines = TextLine.of(text);
        dates(text, lines, openingEnd, fields, warnings);
        times(text, lines, fields);
        members(text, openingEnd, fields);
        reports(text, lines, openingEnd, fields);
        List<Opinion> opinions = opinions(text, lines, parts, openingEnd);
        votes(text, parts, fields, warnings);
        for (FieldName role : List.of(FieldName.CHAIR, FieldName.SECRETARY)) {
            if (fields.stream().noneMatch(f -> f.name() == role)) {
                unlabelledRole(text, lines, openingEnd, role).ifPresent(fields::add);
            }
        }
        if (fields.stream().noneMatch(f -> f.name() == FieldName.CHAIR)) {
            warnings.add("Không tìm thấy người chủ trì");
        }
        if (opinions.isEmpty()) {
            warnings.add("Không tìm thấy ý kiến góp ý nào");
        }
        return new DocumentStructure(fields, parts, opinions, warnings);
    }

    private boolean containsAny(String lower, String kind) {
        return cues.getOrDefault(kind, List.of()).stream().anyMatch(lower::contains);
    }

    /**
     * The chair or secretary named in an opening line without a label: the line holds the role's cue, not the other
     * role's, and exactly one person.
     */
    private Optional<ExtractedField> unlabelledRole(String text, List<TextLine> lines, int openingEnd,
                                                    FieldName role) {
        String cue = role == FieldName.CHAIR ? "CHAIR_CUE" : "SECRETARY_CUE";
        String other = role == FieldName.CHAIR ? "SECRETARY_CUE" : "CHAIR_CUE";
        for (TextLine line : lines) {
            if (line.start() >= openingEnd) {
                break;
            }
            String lower = line.text().toLowerCase(Locale.ROOT);
            if (!containsAny(lower, cue) || containsAny(lower, other)) {
                continue;
            }
            List<Entity> people = entities.find(line.text()).stream()
                    .filter(e -> e.kind() == EntityKind.PERSON).toList();
            if (people.size() == 1) {
                Entity person = people.get(0);
                return Optional.of(new ExtractedField(role, person.normalized(), line.start() + person.start(),
                        line.start() + person.end()));
            }
        }
        return Optional.empty();
    }

    /** The meeting date (first date of the opening not about sending drafts) and the date the drafts were sent. */
    private void dates(String text, List<TextLine> lines, int openingEnd, List<ExtractedField> fields,
                       List<String> warnings) {
        boolean meeting = false;
        boolean sent = false;
        for (TextLine line : lines) {
            String lower = line.text().toLowerCase(Locale.ROOT);
            boolean sentLine = containsAny(lower, "SENT") && REPORT_OBJECTS.stream().anyMatch(lower::contains);
            if ((meeting || line.start() >= openingEnd) && !sentLine || (sent && sentLine)) {
                continue;
            }
            for (RuleMatch m : header.dates(text, line.start(), line.end())) {
                Optional<String> iso = m.kind().equals("DATE") ? HeaderReader.iso(m) : Optional.empty();
                if (iso.isEmpty()) {
                    continue;
                }
                FieldName name = sentLine ? FieldName.REPORTS_SENT_DATE : FieldName.MEETING_DATE;
                fields.add(new ExtractedField(name, iso.get(), m.start(), m.end()));
                meeting |= !sentLine;
                sent |= sentLine;
                break;
            }
        }
        if (!meeting) {
            warnings.add("Không tìm thấy ngày họp");
        }
    }

    /** Start time on an opening line ("vào lúc 8 giờ 00"), end time on a closing line ("kết thúc vào 11 giờ"). */
    private void times(String text, List<TextLine> lines, List<ExtractedField> fields) {
        boolean start = false;
        boolean end = false;
        for (TextLine line : lines) {
            String lower = line.text().toLowerCase(Locale.ROOT);
            boolean endLine = containsAny(lower, "END_TIME");
            boolean startLine = !endLine && containsAny(lower, "START");
            if (!(startLine && !start || endLine && !end)) {
                continue;
            }
            Optional<RuleMatch> time = header.rules().find(RuleTopic.TIMES, text, line.start(), line.end()).stream()
                    .findFirst();
            if (time.isPresent()) {
                fields.add(new ExtractedField(endLine ? FieldName.END_TIME : FieldName.START_TIME,
                        clock(time.get()), time.get().start(), time.get().end()));
                start |= startLine;
                end |= endLine;
            }
        }
    }

    /** HH:mm of a TIME match ("8|00", or "8h30|"). */
    private static String clock(RuleMatch time) {
        String hour = time.arg(0);
        String minute = time.arg(1);
        int h = hour.indexOf('h');
        if (h >= 0) {
            minute = hour.substring(h + 1);
            hour = hour.substring(0, h);
        }
        return String.format(Locale.ROOT, "%02d:%02d", Integer.parseInt(hour),
                minute.isEmpty() ? 0 : Integer.parseInt(minute));
    }

    private void members(String text, int openingEnd, List<ExtractedField> fields) {
        Map<FieldName, RuleMatch> found = new EnumMap<>(FieldName.class);
        for (RuleMatch m : header.rules().findInTriggeredLines(RuleTopic.MEMBERS, text, 0, openingEnd)) {
            FieldName name = switch (m.arg(0)) {
                case "TOTAL" -> FieldName.MEMBERS_TOTAL;
                case "PRESENT" -> FieldName.MEMBERS_PRESENT;
                default -> FieldName.MEMBERS_ABSENT;
            };
            found.putIfAbsent(name, m);
        }
        found.forEach((name, m) -> fields.add(new ExtractedField(name, m.arg(1), m.start(), m.end())));
    }

    /** Each opening line where a report is presented ("đồng chí X trình bày bản kiểm điểm ..."). */
    private void reports(String text, List<TextLine> lines, int openingEnd, List<ExtractedField> fields) {
        for (TextLine line : lines) {
            if (line.start() >= openingEnd) {
                break;
            }
            String lower = line.text().toLowerCase(Locale.ROOT);
            if (containsAny(lower, "REPORT") && REPORT_OBJECTS.stream().anyMatch(lower::contains)
                    && !containsAny(lower, "SENT")) {
                ExtractedField field = Spans.field(FieldName.REPORT_PRESENTED, text, line.start(), line.end());
                if (field != null) {
                    fields.add(field);
                }
            }
        }
    }

    private record Speaker(String name, int lineStart, int textStart, boolean answer) {
    }

    /**
     * Opinions: lines opening with an honorific and a capitalised name, then a colon within a short lead or (in a part
     * of opinions or answers) a speech verb. Each runs to the next opinion or the end of its part; those in the
     * answers part or led by an answer verb are answers.
     */
    private List<Opinion> opinions(String text, List<TextLine> lines, List<Section> parts, int openingEnd) {
        List<Speaker> speakers = new ArrayList<>();
        for (TextLine line : lines) {
            if (line.start() < openingEnd && !parts.isEmpty()) {
                continue;
            }
            speaker(text, line, parts).ifPresent(speakers::add);
        }
        List<Opinion> opinions = new ArrayList<>();
        for (int i = 0; i < speakers.size(); i++) {
            Speaker s = speakers.get(i);
            int limit = i + 1 < speakers.size() ? speakers.get(i + 1).lineStart() : text.length();
            for (Section part : parts) {
                if (part.start() <= s.textStart() && s.textStart() < part.end()) {
                    limit = Math.min(limit, part.end());
                } else if (part.start() > s.textStart()) {
                    limit = Math.min(limit, part.start());
                }
            }
            int end = Spans.trimEnd(text, s.textStart(), limit);
            opinions.add(new Opinion(s.name(), s.textStart(), end, s.answer()));
        }
        return opinions;
    }

    private Optional<Speaker> speaker(String text, TextLine line, List<Section> parts) {
        String content = line.text();
        int offset = Spans.trimStart(content, 0, content.length());
        Matcher bullet = BULLET.matcher(content.substring(offset));
        if (bullet.find()) {
            offset += bullet.end();
        }
        String lower = content.substring(offset).toLowerCase(Locale.ROOT);
        for (String lead : cues.getOrDefault("LEAD", List.of())) {
            if (lower.startsWith(lead + " ")) {
                offset += lead.length() + 1;
                lower = lower.substring(lead.length() + 1);
                break;
            }
        }
        String opening = lower;
        Optional<String> honorific = cues.get("SPEAKER").stream().filter(h -> opening.startsWith(h + " "))
                .findFirst();
        if (honorific.isEmpty()) {
            return Optional.empty();
        }
        int nameStart = Spans.trimStart(content, offset + honorific.get().length(), content.length());
        int nameEnd = nameStart;
        int words = 0;
        while (nameEnd < content.length() && words < MAX_NAME_WORDS
                && Character.isUpperCase(content.charAt(nameEnd))) {
            while (nameEnd < content.length() && Character.isLetter(content.charAt(nameEnd))) {
                nameEnd++;
            }
            words++;
            if (nameEnd < content.length() && content.charAt(nameEnd) == ' ' && nameEnd + 1 < content.length()
                    && Character.isUpperCase(content.charAt(nameEnd + 1))) {
                nameEnd++;
            } else {
                break;
            }
        }
        if (words == 0) {
            return Optional.empty();
        }
        int colon = content.indexOf(':', nameEnd);
        int leadEnd;
        int textFrom;
        if (colon >= 0 && colon - nameEnd <= MAX_LEAD) {
            leadEnd = colon;
            textFrom = colon + 1;
        } else {
            // Without a colon the name must be followed by a speech verb ("... góp ý cần ..."), inside a part of
            // opinions or answers, so that a conclusion that names someone is not taken for an opinion.
            int at = line.start() + nameEnd;
            boolean inOpinionPart = parts.isEmpty() || parts.stream().anyMatch(p -> (p.kind() == SectionKind.OPINIONS
                    || p.kind() == SectionKind.ANSWERS) && p.start() <= at && at < p.end());
            int verbEnd = verbEnd(content, nameEnd);
            if (!inOpinionPart || verbEnd < 0) {
                return Optional.empty();
            }
            leadEnd = verbEnd;
            textFrom = verbEnd;
        }
        String lead = content.substring(nameEnd, leadEnd).toLowerCase(Locale.ROOT);
        int textStart = line.start() + textFrom;
        boolean inAnswers = parts.stream().anyMatch(p -> p.kind() == SectionKind.ANSWERS
                && p.start() <= textStart && textStart < p.end());
        return Optional.of(new Speaker(content.substring(nameStart, nameEnd), line.start(),
                Spans.trimStart(text, textStart, line.end()), inAnswers || containsAny(lead, "ANSWER")));
    }

    /**
     * The offset just after a speech or answer verb that follows the name (after an optional bracketed position), or
     * -1 when there is none.
     */
    private int verbEnd(String content, int nameEnd) {
        int at = Spans.trimStart(content, nameEnd, content.length());
        if (at < content.length() && content.charAt(at) == '(') {
            int close = content.indexOf(')', at);
            if (close < 0) {
                return -1;
            }
            at = Spans.trimStart(content, close + 1, content.length());
        }
        String rest = content.substring(at).toLowerCase(Locale.ROOT);
        int longest = -1;
        for (String kind : List.of("SPEECH", "ANSWER")) {
            for (String verb : cues.get(kind)) {
                if (rest.startsWith(verb + " ") && verb.length() > longest) {
                    longest = verb.length();
                }
            }
        }
        return longest < 0 ? -1 : at + longest;
    }

    /** Vote counts per level, read in the vote part (or, without one, in the lines with vote triggers). */
    private void votes(String text, List<Section> parts, List<ExtractedField> fields, List<String> warnings) {
        List<RuleMatch> matches = new ArrayList<>();
        List<Section> voteParts = parts.stream().filter(p -> p.kind() == SectionKind.VOTE).toList();
        if (voteParts.isEmpty()) {
            matches.addAll(header.rules().findInTriggeredLines(RuleTopic.VOTES, text, 0, text.length()));
        }
        for (Section part : voteParts) {
            matches.addAll(header.rules().findInTriggeredLines(RuleTopic.VOTES, text, part.start(), part.end()));
        }
        Set<FieldName> seen = EnumSet.noneOf(FieldName.class);
        for (RuleMatch m : matches) {
            FieldName name = switch (Rating.valueOf(m.arg(0))) {
                case EXCELLENT -> FieldName.VOTES_EXCELLENT;
                case GOOD -> FieldName.VOTES_GOOD;
                case COMPLETED -> FieldName.VOTES_COMPLETED;
                case NOT_COMPLETED -> FieldName.VOTES_NOT_COMPLETED;
            };
            if (seen.add(name)) {
                fields.add(new ExtractedField(name, m.arg(1), m.start(), m.end()));
            }
        }
        if (seen.isEmpty()) {
            warnings.add("Không tìm thấy kết quả biểu quyết");
        }
    }
}
