package vn.soi.corpora.write;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import vn.soi.corpora.FormalismSignal;
import vn.soi.corpora.GeneratedDocument;
import vn.soi.corpora.GeneratorOptions;
import vn.soi.corpora.OutputFormat;
import vn.soi.corpora.labels.FileLabel;
import vn.soi.corpora.labels.GroupLabel;
import vn.soi.corpora.text.Block;
import vn.soi.corpora.text.BlockKind;
import vn.soi.corpora.text.Filler;
import vn.soi.corpora.text.PartKind;
import vn.soi.corpora.text.PhraseBank;
import vn.soi.corpora.world.DistrictRoster;
import vn.soi.corpora.world.Member;
import vn.soi.corpora.world.Role;
import vn.soi.corpora.world.Seeds;
import vn.soi.corpora.world.Unit;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.Rating;
import vn.soi.indexer.records.DisciplineForm;

/**
 * Writes every document of one cell for one review year (individual reports, the collective report, the minutes,
 * discipline decisions), decides ratings and discipline, injects formalism at the configured rates, and returns the
 * register rows and labels. Deterministic for (seed, unit, year).
 */
public final class UnitYearWriter {

    private static final double HONEST_DISCIPLINE_RATE = 0.015;
    private static final double TYPO_DOC_RATE = 0.08;
    /** Parts that carry no evidence any label depends on: typos and OCR noise go only there. */
    private static final Set<PartKind> NOISY_PARTS = EnumSet.of(PartKind.STRENGTHS, PartKind.POLITICS,
            PartKind.ETHICS, PartKind.WORKSTYLE, PartKind.DISCIPLINE, PartKind.COMMITMENT, PartKind.EXPLANATION,
            PartKind.DIRECTION);

    /** What a unit-year produced. */
    public record Result(List<GeneratedDocument> documents, List<List<String>> ratingRows,
                         List<List<String>> disciplineRows) {
    }

    /** A clean report kept for the next year's copy. */
    public record PreviousReport(String path, List<Block> body) {
    }

    /** Register paths of the district and year. */
    public record Registers(String ratings, String discipline) {
    }

    private record Discipline(DisciplineForm form, LocalDate date, String number, String violation,
                              boolean registerOnly) {
    }

    private final GeneratorOptions options;
    private final FormatChooser formats;
    private final PhraseBank bank = PhraseBank.shared();

    public UnitYearWriter(GeneratorOptions options, FormatChooser formats) {
        this.options = options;
        this.formats = formats;
    }

    /**
     * Writes one unit-year.
     *
     * @param previous clean reports of the previous year by person id; replaced by this year's clean reports
     */
    public Result write(DistrictRoster roster, Unit unit, int year, Map<String, PreviousReport> previous,
                        Registers registers) {
        SplittableRandom rng = Seeds.rng(options.seed(), 10, unit.index(), year);
        RuleSet rules = RuleSet.forYear(year);
        List<Member> members = roster.members(unit, year);
        String dir = unit.district().slug() + "/" + unit.slug() + "/" + year + "/";
        String cell = unit.cellName();
        Member head = members.get(0);
        Member deputy = members.get(1);

        // Dates: the meeting in December, reports sent at least 3 working days before unless LATE_DISTRIBUTION.
        LocalDate meeting = weekday(LocalDate.of(year, 12, 8 + rng.nextInt(18)));
        boolean late = chance(rng, FormalismSignal.LATE_DISTRIBUTION);
        LocalDate sent = minusWorkingDays(meeting, late ? 1 + rng.nextInt(2) : 6 + rng.nextInt(4));

        // Discipline and ratings.
        Map<Member, Discipline> discipline = new LinkedHashMap<>();
        for (Member m : members) {
            if (rng.nextDouble() < HONEST_DISCIPLINE_RATE) {
                discipline.put(m, discipline(rng, year, m, false));
            }
        }
        Member conflictPerson = null;
        if (chance(rng, FormalismSignal.RATING_DISCIPLINE_CONFLICT) && members.size() > 3) {
            conflictPerson = members.get(3 + rng.nextInt(members.size() - 3));
            discipline.put(conflictPerson, discipline(rng, year, conflictPerson, rng.nextBoolean()));
        }
        boolean collectiveConflict = chance(rng, FormalismSignal.COLLECTIVE_RATING_DISCIPLINE_CONFLICT);
        if (collectiveConflict) {
            discipline.put(deputy, discipline(rng, year, deputy, false));
        }
        Rating low = rules.hasPoints() ? Rating.NOT_COMPLETED : Rating.COMPLETED;
        Map<Member, Rating> rating = new HashMap<>();
        for (Member m : members) {
            Rating r = prior(rng);
            if (discipline.containsKey(m)) {
                r = m == conflictPerson ? Rating.GOOD : low;
            }
            rating.put(m, r);
        }
        boolean leadershipDisciplined = false;
        for (Member m : discipline.keySet()) {
            leadershipDisciplined |= m.inLeadership();
        }
        double c = rng.nextDouble();
        Rating collective = c < 0.22 ? Rating.EXCELLENT : c < 0.95 ? Rating.GOOD : Rating.COMPLETED;
        if (leadershipDisciplined) {
            collective = collectiveConflict ? Rating.GOOD : low;
        }
        boolean leaderAbove = !discipline.containsKey(head) && chance(rng, FormalismSignal.LEADER_ABOVE_COLLECTIVE)
                && collective != Rating.NOT_COMPLETED;
        if (leaderAbove) {
            if (collective == Rating.EXCELLENT) {
                collective = Rating.GOOD;
            }
            rating.put(head, collective == Rating.GOOD ? Rating.EXCELLENT : Rating.GOOD);
        } else if (rating.get(head).isAbove(collective)) {
            rating.put(head, collective);
        }
        boolean quota = chance(rng, FormalismSignal.EXCELLENT_QUOTA_EXCEEDED);
        if (quota) {
            quota = inflate(members, rating, discipline, rng);
        }
        if (!quota) {
            leaderAbove = enforceQuota(members, rating, leaderAbove ? head : null, rng);
            if (!leaderAbove && rating.get(head).isAbove(collective)) {
                rating.put(head, collective);
                enforceQuota(members, rating, null, rng);
            }
        }

        // Reports.
        List<GeneratedDocument> docs = new ArrayList<>();
        Map<String, PreviousReport> current = new HashMap<>();
        Map<Member, String> paths = new HashMap<>();
        Map<Member, List<Block>> bodies = new HashMap<>();
        Set<String> usedNames = new java.util.HashSet<>();
        for (Member m : members) {
            String base = dir + "bkc-" + vn.soi.corpora.world.Slug.of(m.name());
            while (usedNames.contains(base)) {
                base = base + "-2";
            }
            usedNames.add(base);
            paths.put(m, base);
        }
        Member copySource = null;
        Member copier = null;
        if (chance(rng, FormalismSignal.COPIED_REPORT) && members.size() > 4) {
            int i = 3 + rng.nextInt(members.size() - 3);
            int j = 3 + rng.nextInt(members.size() - 4);
            j = j >= i ? j + 1 : j;
            copySource = members.get(Math.min(i, j));
            copier = members.get(Math.max(i, j));
            if (discipline.containsKey(copySource) || discipline.containsKey(copier)) {
                copySource = null;
                copier = null;
            }
        }
        boolean copySubtle = rng.nextBoolean();
        for (Member m : members) {
            SplittableRandom prng = Seeds.rng(options.seed(), 11, unit.index(), year, members.indexOf(m));
            Filler filler = filler(unit, year).with("role", m.jobTitle());
            Discipline d = discipline.get(m);
            boolean special = d != null || m == copySource || m == copier;
            Set<FormalismSignal> inject = special ? EnumSet.noneOf(FormalismSignal.class) : contentInjections(prng, m);
            boolean yoy = false;
            PreviousReport prev = previous.get(m.person().id());
            if (!special && inject.isEmpty() && prev != null && chance(prng, FormalismSignal.YEAR_OVER_YEAR_COPY)) {
                yoy = true;
            }
            ReportStyle style = ReportStyle.random(prng, year);
            List<Block> body;
            String why;
            String subtle = "";
            if (m == copier) {
                body = copyOf(bodies.get(copySource), copySource, m, copySubtle, prng);
                why = "copies the report of " + copySource.name() + (copySubtle
                        ? " with sentences reordered and the name changed" : " with the name changed");
            } else if (yoy) {
                body = yearShift(prev.body(), year);
                why = "repeats the " + (year - 1) + " report of the same person";
            } else {
                IndividualBody.Built built = IndividualBody.build(filler, style, m, rules, inject, d == null || d.registerOnly() ? null
                        : disciplineSentence(d, year), prng, bank);
                body = built.blocks();
                subtle = built.note();
                why = inject.isEmpty() ? "honest report" : "injected " + inject;
            }
            bodies.put(m, body);
            Rating proposed = rating.get(m);
            boolean scoreBad = false;
            List<Block> blocks = new ArrayList<>(individualHeader(unit, m, year, rules, sent, prng));
            blocks.addAll(body);
            if (rules.hasPoints() && d == null && m.role() == Role.STAFF && !yoy && m != copier && m != copySource
                    && !inject.contains(FormalismSignal.BOILERPLATE)
                    && chance(prng, FormalismSignal.SELF_SCORE_INCONSISTENT)) {
                scoreBad = true;
            }
            Points.Outcome pts = Points.selfRating(proposed, rules, scoreBad, prng, filler, bank);
            blocks.addAll(pts.blocks());
            if (scoreBad) {
                why = why + "; self-score: " + pts.note();
            }
            blocks.add(new Block(BlockKind.SIGNATURE, PartKind.SIGNATURE, "NGƯỜI TỰ KIỂM ĐIỂM"));
            blocks.add(new Block(BlockKind.SIGNATURE, PartKind.SIGNATURE, m.name()));

            List<String> expect = new ArrayList<>();
            List<String> forbid = new ArrayList<>();
            Set<FormalismSignal> unscored = EnumSet.noneOf(FormalismSignal.class);
            for (FormalismSignal s : inject) {
                expect.add(s.name());
                unscored.addAll(neighbours(s));
            }
            for (FormalismSignal s : FormalismSignal.values()) {
                boolean applicable = s.isContent() && (s != FormalismSignal.LEADER_ACCOUNTABILITY_MISSING
                        || m.isLeader() || !m.looksLikeLeader());
                if (applicable && !inject.contains(s) && !unscored.contains(s)) {
                    forbid.add(s.name());
                }
            }
            if (m == conflictPerson) {
                expect.add(FormalismSignal.RATING_DISCIPLINE_CONFLICT.name());
                why = why + "; disciplined (" + d.form().label() + ") yet rated " + proposed.abbreviation()
                        + (d.registerOnly() ? ", conflict visible only through the discipline register" : "");
            } else {
                forbid.add(FormalismSignal.RATING_DISCIPLINE_CONFLICT.name());
            }
            if (rules.hasPoints()) {
                (scoreBad ? expect : forbid).add(FormalismSignal.SELF_SCORE_INCONSISTENT.name());
            }
            if (!subtle.isEmpty()) {
                why = why + "; " + subtle;
            }
            List<GroupLabel> groups = new ArrayList<>();
            OutputFormat format = formats.choose(prng, length(blocks));
            String path = paths.get(m) + "." + format.extension();
            paths.put(m, path);
            if (m == copier) {
                groups.add(new GroupLabel(FormalismSignal.COPIED_REPORT.name(), null, 0,
                        List.of(paths.get(copySource), path), why));
            }
            if (yoy) {
                groups.add(new GroupLabel(FormalismSignal.YEAR_OVER_YEAR_COPY.name(), null, 0,
                        List.of(prev.path(), path), why));
            }
            if (expect.isEmpty() && prng.nextDouble() < TYPO_DOC_RATE) {
                blocks = noisy(blocks, format == OutputFormat.TXT && prng.nextBoolean(), prng);
            }
            if (inject.isEmpty() && d == null && !yoy && m != copier && !m.movedIn()) {
                current.put(m.person().id(), new PreviousReport(path, body));
            }
            docs.add(new GeneratedDocument(path, DocumentType.INDIVIDUAL_REPORT, format, blocks, List.of(),
                    new FileLabel(DocumentType.INDIVIDUAL_REPORT, m.name(), cell, year, expect, forbid, why), groups));
        }
        previous.clear();
        previous.putAll(current);

        // Discipline decisions.
        List<List<String>> disciplineRows = new ArrayList<>();
        for (Map.Entry<Member, Discipline> e : discipline.entrySet()) {
            Member m = e.getKey();
            Discipline d = e.getValue();
            disciplineRows.add(List.of(m.name(), cell, m.position(), d.form().label(), Points.date(d.date()),
                    d.number(), d.violation()));
            if (d.registerOnly()) {
                continue;
            }
            SplittableRandom drng = Seeds.rng(options.seed(), 12, unit.index(), year, members.indexOf(m));
            List<Block> blocks = DecisionWriter.decision(unit, m, d.form(), d.date(), d.number(), d.violation(), year);
            OutputFormat format = formats.choose(drng, length(blocks));
            String path = dir + "qd-ky-luat-" + vn.soi.corpora.world.Slug.of(m.name()) + "." + format.extension();
            docs.add(new GeneratedDocument(path, DocumentType.DISCIPLINE_DECISION, format, blocks, List.of(),
                    new FileLabel(DocumentType.DISCIPLINE_DECISION, m.name(), cell, year, List.of(), List.of(),
                            "discipline decision"), List.of()));
        }

        // Collective report.
        SplittableRandom crng = Seeds.rng(options.seed(), 13, unit.index(), year);
        Set<FormalismSignal> cInject = collectiveInjections(crng);
        boolean statsBad = chance(crng, FormalismSignal.STATISTICS_INCONSISTENT);
        boolean statsInReport = crng.nextBoolean();
        boolean cScoreBad = rules.hasPoints() && chance(crng, FormalismSignal.SELF_SCORE_INCONSISTENT);
        CollectiveWriter.Outcome col = CollectiveWriter.write(filler(unit, year), unit, members, year, rules,
                collective, discipline.keySet(), cInject, statsBad && statsInReport, cScoreBad, sent, crng, bank);
        OutputFormat cFormat = formats.choose(crng, length(col.blocks()));
        String cPath = dir + "bao-cao-kiem-diem-tap-the." + cFormat.extension();
        List<String> cExpect = new ArrayList<>();
        List<String> cForbid = new ArrayList<>();
        Set<FormalismSignal> cUnscored = EnumSet.noneOf(FormalismSignal.class);
        for (FormalismSignal s : cInject) {
            cExpect.add(s.name());
            cUnscored.addAll(neighbours(s));
        }
        for (FormalismSignal s : List.of(FormalismSignal.PRAISE_HEAVY, FormalismSignal.VAGUE_SELF_CRITICISM,
                FormalismSignal.BLAME_EXTERNAL, FormalismSignal.LEADER_ACCOUNTABILITY_MISSING,
                FormalismSignal.NO_CONCRETE_RESULTS, FormalismSignal.REMEDIATION_MISSING,
                FormalismSignal.BOILERPLATE)) {
            if (!cInject.contains(s) && !cUnscored.contains(s)) {
                cForbid.add(s.name());
            }
        }
        (statsBad && statsInReport ? cExpect : cForbid).add(FormalismSignal.STATISTICS_INCONSISTENT.name());
        if (rules.hasPoints()) {
            (cScoreBad ? cExpect : cForbid).add(FormalismSignal.SELF_SCORE_INCONSISTENT.name());
        }
        String cWhy = (cInject.isEmpty() ? "honest collective report" : "injected " + cInject) + col.note();
        docs.add(new GeneratedDocument(cPath, DocumentType.COLLECTIVE_REPORT, cFormat, col.blocks(), List.of(),
                new FileLabel(DocumentType.COLLECTIVE_REPORT, null, cell, year, cExpect, cForbid, cWhy), List.of()));

        // Minutes.
        SplittableRandom mrng = Seeds.rng(options.seed(), 14, unit.index(), year);
        boolean noCriticism = chance(mrng, FormalismSignal.MINUTES_NO_CRITICISM);
        MinutesWriter.Outcome min = MinutesWriter.write(filler(unit, year), unit, members, year, rules, rating,
                collective, meeting, sent, noCriticism, statsBad && !statsInReport, mrng, bank);
        OutputFormat mFormat = formats.choose(mrng, length(min.blocks()));
        String mPath = dir + "bien-ban-hoi-nghi-kiem-diem." + mFormat.extension();
        List<String> mExpect = new ArrayList<>();
        List<String> mForbid = new ArrayList<>();
        (noCriticism ? mExpect : mForbid).add(FormalismSignal.MINUTES_NO_CRITICISM.name());
        (late ? mExpect : mForbid).add(FormalismSignal.LATE_DISTRIBUTION.name());
        (statsBad && !statsInReport ? mExpect : mForbid).add(FormalismSignal.STATISTICS_INCONSISTENT.name());
        String mWhy = "minutes of " + Points.date(meeting) + ", reports sent " + Points.date(sent) + min.note();
        docs.add(new GeneratedDocument(mPath, DocumentType.MINUTES, mFormat, min.blocks(), List.of(),
                new FileLabel(DocumentType.MINUTES, null, cell, year, mExpect, mForbid, mWhy),
                unitLabels(cell, year, registers, quota, leaderAbove, collectiveConflict, head, rating, collective,
                        paths.get(head), cPath, mPath, deputy, discipline)));

        // Rating rows.
        boolean abbreviations = Seeds.rng(options.seed(), 15, unit.district().index(), year).nextBoolean();
        List<List<String>> ratingRows = new ArrayList<>();
        ratingRows.add(List.of(cell, cell, "", Integer.toString(year),
                abbreviations ? collective.abbreviation() : collective.label(), "Tập thể"));
        for (Member m : members) {
            Rating r = rating.get(m);
            ratingRows.add(List.of(m.name(), cell, m.position(), Integer.toString(year),
                    abbreviations ? r.abbreviation() : r.label(), "Cá nhân"));
        }
        return new Result(docs, ratingRows, disciplineRows);
    }

    private List<GroupLabel> unitLabels(String cell, int year, Registers registers, boolean quota, boolean leaderAbove,
                                        boolean collectiveConflict, Member head, Map<Member, Rating> rating,
                                        Rating collective, String headPath, String cPath, String mPath,
                                        Member deputy, Map<Member, Discipline> discipline) {
        List<GroupLabel> out = new ArrayList<>();
        if (quota) {
            out.add(new GroupLabel(FormalismSignal.EXCELLENT_QUOTA_EXCEEDED.name(), cell, year,
                    List.of(registers.ratings(), mPath), "HTXSNV above 20% of HTTNV in the rating register"));
        }
        if (leaderAbove) {
            out.add(new GroupLabel(FormalismSignal.LEADER_ABOVE_COLLECTIVE.name(), cell, year,
                    List.of(registers.ratings(), headPath, cPath), "head " + head.name() + " rated "
                    + rating.get(head).abbreviation() + " above the cell's " + collective.abbreviation()));
        }
        if (collectiveConflict) {
            out.add(new GroupLabel(FormalismSignal.COLLECTIVE_RATING_DISCIPLINE_CONFLICT.name(), cell, year,
                    List.of(cPath, registers.discipline(), registers.ratings()), "cell rated "
                    + collective.abbreviation() + " while " + deputy.name() + " of its committee was disciplined ("
                    + discipline.get(deputy).form().label() + ")"));
        }
        return out;
    }

    private boolean chance(SplittableRandom rng, FormalismSignal s) {
        return rng.nextDouble() < options.rate(s);
    }

    private Filler filler(Unit unit, int year) {
        return new Filler(bank, unit.kind().folder(), year).with("unit", unit.name()).with("cell", unit.cellName())
                .with("district", unit.district().name());
    }

    private Set<FormalismSignal> contentInjections(SplittableRandom rng, Member m) {
        Set<FormalismSignal> out = EnumSet.noneOf(FormalismSignal.class);
        if (m.role() == Role.STAFF && chance(rng, FormalismSignal.BOILERPLATE)) {
            out.add(FormalismSignal.BOILERPLATE);
            out.add(FormalismSignal.VAGUE_SELF_CRITICISM);
            out.add(FormalismSignal.NO_CONCRETE_RESULTS);
            out.add(FormalismSignal.REMEDIATION_MISSING);
            return out;
        }
        for (FormalismSignal s : List.of(FormalismSignal.PRAISE_HEAVY, FormalismSignal.VAGUE_SELF_CRITICISM,
                FormalismSignal.BLAME_EXTERNAL, FormalismSignal.NO_CONCRETE_RESULTS,
                FormalismSignal.REMEDIATION_MISSING, FormalismSignal.DEGENERATION_SELF_CHECK_MISSING)) {
            if (chance(rng, s)) {
                out.add(s);
            }
        }
        if (m.isLeader() && chance(rng, FormalismSignal.LEADER_ACCOUNTABILITY_MISSING)) {
            out.add(FormalismSignal.LEADER_ACCOUNTABILITY_MISSING);
        }
        return out;
    }

    private Set<FormalismSignal> collectiveInjections(SplittableRandom rng) {
        Set<FormalismSignal> out = EnumSet.noneOf(FormalismSignal.class);
        for (FormalismSignal s : List.of(FormalismSignal.VAGUE_SELF_CRITICISM, FormalismSignal.BLAME_EXTERNAL,
                FormalismSignal.LEADER_ACCOUNTABILITY_MISSING, FormalismSignal.REMEDIATION_MISSING)) {
            if (rng.nextDouble() < options.rate(s) / 2) {
                out.add(s);
            }
        }
        return out;
    }

    /** Signals that an injection may trigger as a side effect; they are neither expected nor forbidden. */
    private static Set<FormalismSignal> neighbours(FormalismSignal s) {
        switch (s) {
            case PRAISE_HEAVY:
                return EnumSet.of(FormalismSignal.VAGUE_SELF_CRITICISM);
            case VAGUE_SELF_CRITICISM:
            case NO_CONCRETE_RESULTS:
                return EnumSet.of(FormalismSignal.PRAISE_HEAVY);
            case BOILERPLATE:
                return EnumSet.allOf(FormalismSignal.class);
            default:
                return EnumSet.noneOf(FormalismSignal.class);
        }
    }

    private Discipline discipline(SplittableRandom rng, int year, Member m, boolean registerOnly) {
        DisciplineForm form = rng.nextDouble() < 0.8 ? DisciplineForm.REPRIMAND : DisciplineForm.WARNING;
        LocalDate date = weekday(LocalDate.of(year, 3 + rng.nextInt(8), 1 + rng.nextInt(28)));
        String number = (10 + rng.nextInt(140)) + "-QĐ/" + (m.inLeadership() ? "UBKTHU" : "CB");
        String violation = new Filler(bank, "phrases/common", year).fill(
                bank.pick("phrases/common/violations", rng), rng);
        return new Discipline(form, date, number, violation, registerOnly);
    }

    private static String disciplineSentence(Discipline d, int year) {
        return "Trong năm " + year + ", bản thân bị kỷ luật bằng hình thức " + d.form().label().toLowerCase(
                java.util.Locale.ROOT) + " theo Quyết định số " + d.number() + " ngày " + Points.date(d.date())
                + " do " + d.violation() + ".";
    }

    private static Rating prior(SplittableRandom rng) {
        double r = rng.nextDouble();
        return r < 0.165 ? Rating.EXCELLENT : r < 0.915 ? Rating.GOOD : r < 0.996 ? Rating.COMPLETED
                : Rating.NOT_COMPLETED;
    }

    /** Promotes members to HTXSNV until HTXSNV clearly exceeds 25% of HTTNV; false if the cell is too small. */
    private static boolean inflate(List<Member> members, Map<Member, Rating> rating, Map<Member, Discipline> disc,
                                   SplittableRandom rng) {
        List<Member> candidates = new ArrayList<>();
        for (Member m : members) {
            if (rating.get(m) == Rating.GOOD && !disc.containsKey(m) && m.role() == Role.STAFF) {
                candidates.add(m);
            }
        }
        while (true) {
            int x = count(members, rating, Rating.EXCELLENT);
            int g = count(members, rating, Rating.GOOD);
            if (x >= 2 && x > 0.34 * g) {
                return true;
            }
            if (candidates.isEmpty()) {
                return false;
            }
            rating.put(candidates.remove(rng.nextInt(candidates.size())), Rating.EXCELLENT);
        }
    }

    /** Demotes HTXSNV (never {@code protect}) until HTXSNV is at most 20% of HTTNV; false if protect had to yield. */
    private static boolean enforceQuota(List<Member> members, Map<Member, Rating> rating, Member protect,
                                        SplittableRandom rng) {
        while (count(members, rating, Rating.EXCELLENT) > Math.floor(0.2 * count(members, rating, Rating.GOOD)
                + 1e-9)) {
            List<Member> excellent = new ArrayList<>();
            for (Member m : members) {
                if (rating.get(m) == Rating.EXCELLENT && m != protect) {
                    excellent.add(m);
                }
            }
            if (excellent.isEmpty()) {
                rating.put(protect, Rating.GOOD);
                return false;
            }
            rating.put(excellent.get(rng.nextInt(excellent.size())), Rating.GOOD);
        }
        return protect != null;
    }

    private static int count(List<Member> members, Map<Member, Rating> rating, Rating r) {
        int n = 0;
        for (Member m : members) {
            if (rating.get(m) == r) {
                n++;
            }
        }
        return n;
    }

    private List<Block> individualHeader(Unit unit, Member m, int year, RuleSet rules, LocalDate sent,
                                         SplittableRandom rng) {
        List<Block> out = new ArrayList<>();
        LocalDate dated = sent.minusDays(rng.nextInt(4));
        out.add(new Block(BlockKind.META, PartKind.HEADER, unit.district().committee().toUpperCase(
                java.util.Locale.ROOT)));
        out.add(new Block(BlockKind.META, PartKind.HEADER, unit.cellName().toUpperCase(java.util.Locale.ROOT)));
        out.add(new Block(BlockKind.META, PartKind.HEADER, "ĐẢNG CỘNG SẢN VIỆT NAM"));
        out.add(new Block(BlockKind.META, PartKind.HEADER, unit.district().name() + ", " + Points.longDate(dated)));
        out.add(new Block(BlockKind.TITLE, PartKind.HEADER, rng.nextBoolean() ? "BẢN KIỂM ĐIỂM CÁ NHÂN"
                : "BẢN TỰ KIỂM ĐIỂM CÁ NHÂN"));
        out.add(new Block(BlockKind.META, PartKind.HEADER, (rng.nextBoolean() ? "Năm " : "Kiểm điểm năm ") + year));
        if (rules != RuleSet.QD132) {
            out.add(new Block(BlockKind.META, PartKind.HEADER, m.isLeader()
                    ? "(Dùng cho cán bộ lãnh đạo, quản lý)"
                    : "(Dùng cho đảng viên không giữ chức vụ lãnh đạo, quản lý)"));
        }
        out.add(new Block(BlockKind.META, PartKind.HEADER, "Họ và tên: " + m.name()));
        out.add(new Block(BlockKind.META, PartKind.HEADER, "Ngày sinh: " + String.format("%02d/%02d/%d",
                1 + rng.nextInt(28), 1 + rng.nextInt(12), m.person().birthYear())));
        out.add(new Block(BlockKind.META, PartKind.HEADER, "Chức vụ: " + m.position()));
        out.add(new Block(BlockKind.META, PartKind.HEADER, "Đơn vị công tác: " + unit.name()));
        out.add(new Block(BlockKind.META, PartKind.HEADER, "Chi bộ: " + unit.cellName()));
        String intro = rng.nextBoolean()
                ? "Thực hiện " + rules.guidance() + " của Ban Tổ chức Trung ương và " + rules.regulation()
                  + " về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm, bản thân tự kiểm điểm như sau:"
                : "Căn cứ chức trách, nhiệm vụ được giao, tôi xin tự kiểm điểm năm " + year + " như sau:";
        out.add(new Block(BlockKind.PARAGRAPH, PartKind.HEADER, intro));
        return out;
    }

    private static List<Block> copyOf(List<Block> source, Member from, Member to, boolean reorder,
                                      SplittableRandom rng) {
        List<Block> out = new ArrayList<>();
        List<Block> run = new ArrayList<>();
        for (Block b : source) {
            Block renamed = new Block(b.kind(), b.part(), b.text().replace(from.name(), to.name())
                    .replace(from.jobTitle(), to.jobTitle()));
            if (renamed.kind() == BlockKind.PARAGRAPH) {
                run.add(renamed);
            } else {
                flush(run, out, reorder, rng);
                out.add(renamed);
            }
        }
        flush(run, out, reorder, rng);
        return out;
    }

    private static void flush(List<Block> run, List<Block> out, boolean reorder, SplittableRandom rng) {
        if (reorder) {
            for (int i = run.size() - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                Block t = run.get(i);
                run.set(i, run.get(j));
                run.set(j, t);
            }
        }
        out.addAll(run);
        run.clear();
    }

    private static List<Block> yearShift(List<Block> body, int year) {
        List<Block> out = new ArrayList<>();
        String prev = Integer.toString(year - 1);
        String prev2 = Integer.toString(year - 2);
        for (Block b : body) {
            out.add(new Block(b.kind(), b.part(), b.text().replace(prev, Integer.toString(year)).replace(prev2, prev)));
        }
        return out;
    }

    private static List<Block> noisy(List<Block> blocks, boolean ocr, SplittableRandom rng) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            boolean body = NOISY_PARTS.contains(b.part());
            out.add(b.kind() == BlockKind.PARAGRAPH && body ? new Block(b.kind(), b.part(), Noise.apply(b.text(),
                    ocr ? 0.03 : 0.012, ocr, rng)) : b);
        }
        return out;
    }

    private static int length(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += b.text().length() + 1;
        }
        return n;
    }

    /** The same day if a weekday, else the next Monday. */
    static LocalDate weekday(LocalDate d) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The weekday {@code n} working days before {@code d}. */
    static LocalDate minusWorkingDays(LocalDate d, int n) {
        LocalDate out = d;
        int left = n;
        while (left > 0) {
            out = out.minusDays(1);
            if (out.getDayOfWeek() != DayOfWeek.SATURDAY && out.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return out;
    }
}
