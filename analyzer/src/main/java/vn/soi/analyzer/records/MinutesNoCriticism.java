package vn.soi.analyzer.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
import vn.soi.indexer.document.Opinion;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Section;
import vn.soi.indexer.document.SectionKind;

/**
 * {@code MINUTES_NO_CRITICISM}: review minutes record no critical opinion: no opinion at all, or only agreement and
 * praise. An opinion is critical when, after the neutral phrases of {@code records/minutes-not-criticism.txt} are
 * blanked ("không có hạn chế"), a phrase of {@code records/minutes-criticism.txt} remains; one mild but real
 * criticism is enough to keep the signal quiet. The reviewed person's answers are not opinions. When the minutes
 * review a head (HEAD field) the severity is high: nobody criticised the head. Opinions are read as running text: line
 * breaks (PDFs wrap lines inside an opinion) become spaces and the name after "đồng chí" is dropped, so a cue such as
 * "đề nghị đồng chí làm rõ" matches "Đề nghị đồng chí Lương Xuân Tùng làm rõ" however the line wraps.
 */
public final class MinutesNoCriticism implements Signal {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "đồng chí" and the capitalised syllables of the name after it. */
    private static final Pattern COMRADE_NAME = Pattern.compile("([đĐ]ồng chí)(?: \\p{Lu}\\p{L}*)+");

    @Override
    public SignalId id() {
        return SignalId.MINUTES_NO_CRITICISM;
    }

    @Override
    public Set<Requirement> requires() {
        return Set.of(Requirement.MINUTES);
    }

    @Override
    public Session start(AnalysisContext context) {
        return new Run(new PhraseLexicon(context.settings().lexicon("records/minutes-criticism.txt")),
                new PhraseLexicon(context.settings().lexicon("records/minutes-not-criticism.txt")),
                new PhraseLexicon(context.settings().lexicon("records/minutes-agreement.txt")));
    }

    private final class Run implements Session {
        private final PhraseLexicon criticism;
        private final PhraseLexicon neutral;
        private final PhraseLexicon agreement;
        private final List<Finding> findings = new ArrayList<>();

        Run(PhraseLexicon criticism, PhraseLexicon neutral, PhraseLexicon agreement) {
            this.criticism = criticism;
            this.neutral = neutral;
            this.agreement = agreement;
        }

        @Override
        public void observe(ParsedDocument document) {
            if (document.type() != DocumentType.MINUTES) {
                return;
            }
            String text = document.text();
            List<Evidence> said = new ArrayList<>();
            for (Opinion opinion : document.opinions()) {
                if (!opinion.answer()) {
                    said.add(ReviewFacts.span(document, opinion.start(), opinion.end()));
                }
            }
            boolean separated = !said.isEmpty();
            if (!separated) {
                document.sections(SectionKind.OPINIONS).findFirst()
                        .ifPresent(s -> said.add(ReviewFacts.span(document, s.start(), s.end())));
            }
            int agreements = 0;
            for (Evidence opinion : said) {
                if (criticism.occursIn(neutral.blank(runningText(opinion.quote())))) {
                    return;
                }
                agreements += agreement.find(opinion.quote()).size();
            }
            findings.add(finding(document, said, separated, agreements));
        }

        /** The opinion on one line, names after "đồng chí" dropped, so cues match across wraps and names. */
        private static String runningText(String quote) {
            String joined = SPACES.matcher(quote).replaceAll(" ");
            return COMRADE_NAME.matcher(joined).replaceAll("$1");
        }

        private Finding finding(ParsedDocument document, List<Evidence> said, boolean separated, int agreements) {
            boolean head = ReviewFacts.isTrue(document, FieldName.HEAD);
            Optional<Integer> year = ReviewFacts.year(document);
            Map<String, Object> measures = new LinkedHashMap<>();
            measures.put("opinions", separated ? said.size() : (said.isEmpty() ? 0 : "không tách được"));
            measures.put("criticalOpinions", 0);
            measures.put("agreementOrPraisePhrases", agreements);
            measures.put("reviewedIsHead", head);
            String what;
            if (said.isEmpty()) {
                what = "Biên bản không ghi ý kiến góp ý nào của người dự hội nghị";
            } else {
                what = "Biên bản ghi " + (separated ? said.size() + " ý kiến" : "phần ý kiến")
                        + " nhưng không có ý kiến nào góp ý, phê bình; chỉ có nhất trí, khen ngợi ("
                        + agreements + " cụm từ nhất trí, khen)";
            }
            String explanation = what + (head ? ", kể cả đối với người đứng đầu." : ".");
            List<Evidence> evidence = new ArrayList<>(said);
            if (evidence.isEmpty()) {
                evidence.add(anchor(document));
            }
            double score = said.isEmpty() ? 0.8 : Math.min(0.9, 0.6 + 0.05 * said.size());
            return Findings.create(id(), head ? Severity.HIGH : Severity.MEDIUM, score + (head ? 0.1 : 0),
                    ReviewFacts.path(document), document.type(),
                    new Subject(Subject.Kind.DOCUMENT, RecordReader.subjectName(document),
                            ReviewFacts.unit(document).orElse(""), year.orElse(null)),
                    evidence, measures, explanation,
                    "Tự phê bình và phê bình trong hội nghị kiểm điểm (seed 002: cấp dưới ít dám góp ý, phê bình cấp "
                            + "trên; seed 003: nể nang, né tránh)", List.of(document.provenance().contentHash()));
        }

        /** Where to point when the minutes record no opinion: the conclusion, the vote, or the first line. */
        private Evidence anchor(ParsedDocument document) {
            for (SectionKind kind : List.of(SectionKind.CONCLUSION, SectionKind.VOTE)) {
                Optional<Section> section = document.sections(kind).findFirst();
                if (section.isPresent()) {
                    return ReviewFacts.span(document, section.get().start(),
                            Math.min(section.get().end(), section.get().start() + 300));
                }
            }
            String text = document.text();
            int end = text.indexOf('\n', 1);
            return ReviewFacts.span(document, 0, end < 0 ? Math.min(text.length(), 200) : end);
        }

        @Override
        public List<Finding> finish() {
            return List.copyOf(findings);
        }
    }
}
