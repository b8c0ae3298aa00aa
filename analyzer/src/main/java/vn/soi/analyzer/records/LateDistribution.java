package vn.soi.analyzer.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.analyzer.finding.Subject;
import vn.soi.analyzer.signal.AnalysisContext;
import vn.soi.analyzer.signal.Requirement;
import vn.soi.analyzer.signal.Signal;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.records.IdentityKey;

/**
 * {@code LATE_DISTRIBUTION}: the report reached the participants fewer than {@code notice.workingDays} working days
 * before the meeting. Dates are the {@code REPORTS_SENT_DATE} and {@code MEETING_DATE} fields of one document, or of a
 * report and minutes joined by subject (person or collective) and review year. Working days count from the sending day
 * (when it is a working day) up to the day before the meeting, Monday to Friday, less the holidays of
 * {@code seeds/signals/holidays.tsv}.
 */
public final class LateDistribution implements Signal {

    private final RulesByYear rules;
    private final WorkingDays workingDays;

    /** With the rules and holidays of {@code seeds/signals/}. */
    public LateDistribution() {
        this(RulesByYear.load(), WorkingDays.load());
    }

    /** With the given rules and holidays (tests). */
    public LateDistribution(RulesByYear rules, WorkingDays workingDays) {
        this.rules = rules;
        this.workingDays = workingDays;
    }

    @Override
    public SignalId id() {
        return SignalId.LATE_DISTRIBUTION;
    }

    @Override
    public Set<Requirement> requires() {
        return Set.of(Requirement.MINUTES, Requirement.REPORT_FIELDS);
    }

    @Override
    public Session start(AnalysisContext context) {
        return new Run();
    }

    /** A dated statement: which date, quoted where, in which document. */
    private record Dated(LocalDate date, Evidence evidence, ParsedDocumentRef document) {
    }

    private record ParsedDocumentRef(String path, DocumentType type, String contentHash, String subject, String unit,
                                     Integer year) {
        static ParsedDocumentRef of(ParsedDocument d) {
            return new ParsedDocumentRef(ReviewFacts.path(d), d.type(), d.provenance().contentHash(),
                    RecordReader.subjectName(d), ReviewFacts.unit(d).orElse(""), ReviewFacts.year(d).orElse(null));
        }
    }

    private final class Run implements Session {
        private final List<Finding> findings = new ArrayList<>();
        private final Map<String, Dated> sent = new LinkedHashMap<>();
        private final Map<String, Dated> meetings = new LinkedHashMap<>();

        @Override
        public void observe(ParsedDocument document) {
            Optional<Dated> sentDate = dated(document, FieldName.REPORTS_SENT_DATE);
            Optional<Dated> meetingDate = dated(document, FieldName.MEETING_DATE);
            if (sentDate.isPresent() && meetingDate.isPresent()) {
                check(sentDate.get(), meetingDate.get());
                return;
            }
            Optional<IdentityKey> key = RecordReader.subjectKey(document);
            Optional<Integer> year = ReviewFacts.year(document);
            if (key.isEmpty() || year.isEmpty()) {
                return;
            }
            String joinKey = key.get() + "|" + year.get();
            sentDate.ifPresent(d -> sent.putIfAbsent(joinKey, d));
            meetingDate.ifPresent(d -> meetings.putIfAbsent(joinKey, d));
        }

        @Override
        public List<Finding> finish() {
            sent.forEach((key, s) -> {
                Dated meeting = meetings.get(key);
                if (meeting != null) {
                    check(s, meeting);
                }
            });
            return List.copyOf(findings);
        }

        private Optional<Dated> dated(ParsedDocument document, FieldName name) {
            return ReviewFacts.date(document, name).map(date -> new Dated(date,
                    ReviewFacts.quote(document, ReviewFacts.field(document, name).orElseThrow()),
                    ParsedDocumentRef.of(document)));
        }

        private void check(Dated sentDate, Dated meeting) {
            ParsedDocumentRef main = meeting.document;
            int year = main.year != null ? main.year : sentDate.document.year != null ? sentDate.document.year
                    : meeting.date.getYear();
            YearRules yearRules = rules.forYear(year);
            int required = (int) yearRules.decimal("notice.workingDays");
            int days = workingDays.before(sentDate.date, meeting.date);
            if (days >= required) {
                return;
            }
            Map<String, Object> measures = new LinkedHashMap<>();
            measures.put("sent", sentDate.date.toString());
            measures.put("meeting", meeting.date.toString());
            measures.put("workingDaysBefore", days);
            measures.put("requiredWorkingDays", required);
            measures.put("calendarDaysBefore", meeting.date.toEpochDay() - sentDate.date.toEpochDay());
            String explanation = "Báo cáo gửi ngày " + vi(sentDate.date) + ", hội nghị họp ngày " + vi(meeting.date)
                    + ": người dự chỉ có " + days + " ngày làm việc để nghiên cứu, ít hơn " + required
                    + " ngày làm việc theo quy định.";
            Set<String> hashes = new LinkedHashSet<>(List.of(main.contentHash, sentDate.document.contentHash));
            List<Evidence> evidence = new ArrayList<>(List.of(sentDate.evidence, meeting.evidence));
            findings.add(Findings.create(id(), days == 0 ? Severity.HIGH : Severity.MEDIUM,
                    0.5 + 0.5 * (required - days) / (double) required, main.path, main.type,
                    new Subject(main.type == DocumentType.COLLECTIVE_REPORT ? Subject.Kind.COLLECTIVE
                            : Subject.Kind.DOCUMENT, main.subject, main.unit, year),
                    evidence, measures, explanation, yearRules.text("notice.rule"), hashes));
        }

        private static String vi(LocalDate date) {
            return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        }
    }
}
