package vn.soi.corpora.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import vn.soi.corpora.FormalismSignal;
import vn.soi.corpora.text.Block;
import vn.soi.corpora.text.BlockKind;
import vn.soi.corpora.text.Filler;
import vn.soi.corpora.text.PartKind;
import vn.soi.corpora.text.PhraseBank;
import vn.soi.corpora.world.Member;

/**
 * The parts of an individual report between the header and the self-rating, written in one writer's style, with the
 * requested formalism injected and nothing else.
 */
public final class IndividualBody {

    private static final String IND = "phrases/individual/";
    /** Most concrete shortcomings and owned causes added to balance an honest report (see {@link PartBalance}). */
    private static final int MAX_BALANCING_SENTENCES = 12;
    /** Tries to draw a sentence that repeats no five words of its part before accepting a repeat. */
    private static final int FRESH_TRIES = 20;
    private static final Predicate<String> ANY = t -> true;
    private static final Predicate<String> NO_NUMBERS = t -> !Filler.yieldsNumbers(t);
    private static final Predicate<String> NOT_CONCRETE = t -> !Filler.namesConcreteOutput(t);

    /** The blocks, and a note naming any subtle case for the label's {@code why}. */
    public record Built(List<Block> blocks, String note) {
    }

    private final Filler filler;
    private final ReportStyle style;
    private final SplittableRandom rng;
    private final PhraseBank bank;
    private final List<Block> out = new ArrayList<>();
    private int partIndex;

    private IndividualBody(Filler filler, ReportStyle style, SplittableRandom rng, PhraseBank bank) {
        this.filler = filler;
        this.style = style;
        this.rng = rng;
        this.bank = bank;
    }

    /**
     * Builds the body.
     *
     * @param disciplineSentence a sentence stating the writer's discipline this year, or null
     */
    public static Built build(Filler filler, ReportStyle style, Member m, RuleSet rules, Set<FormalismSignal> inject,
                              String disciplineSentence, SplittableRandom rng, PhraseBank bank) {
        return new IndividualBody(filler, style, rng, bank).write(m, rules, inject, disciplineSentence);
    }

    private Built write(Member m, RuleSet rules, Set<FormalismSignal> inject, String disciplineSentence) {
        boolean boiler = inject.contains(FormalismSignal.BOILERPLATE);
        boolean praise = inject.contains(FormalismSignal.PRAISE_HEAVY);
        boolean vague = inject.contains(FormalismSignal.VAGUE_SELF_CRITICISM);
        boolean noResults = inject.contains(FormalismSignal.NO_CONCRETE_RESULTS);
        boolean noSelfCheck = inject.contains(FormalismSignal.DEGENERATION_SELF_CHECK_MISSING);
        boolean blame = inject.contains(FormalismSignal.BLAME_EXTERNAL);
        String note = "";
        int len = praise ? 3 : style.length();
        if (boiler) {
            heading(PartKind.STRENGTHS, "strengths");
            for (int i = 0; i < 5 + rng.nextInt(4); i++) {
                para(PartKind.STRENGTHS, bank.pick("phrases/common/stock", rng));
            }
            heading(PartKind.SHORTCOMINGS, "shortcomings");
            para(PartKind.SHORTCOMINGS, bank.lines("phrases/common/stock-weak").get(1));
            para(PartKind.CAUSES, bank.lines("phrases/common/stock-weak").get(2));
            heading(PartKind.REMEDIATION, "remediation");
            para(PartKind.REMEDIATION, bank.lines("phrases/common/stock-weak").get(3));
            heading(PartKind.SELF_CHECK, "selfcheck");
            para(PartKind.SELF_CHECK, bank.lines("phrases/common/stock-weak").get(0));
            heading(PartKind.DIRECTION, "direction");
            para(PartKind.DIRECTION, bank.lines("phrases/common/stock").get(7));
            para(PartKind.DIRECTION, bank.lines("phrases/common/stock").get(8));
            return new Built(out, "made of stock phrases only");
        }

        // Part I: strengths. The results stand in it, so a report labelled NO_CONCRETE_RESULTS names no task,
        // product or figure anywhere in part I.
        heading(PartKind.STRENGTHS, "strengths");
        int item = 0;
        Predicate<String> partOne = noResults ? NOT_CONCRETE : ANY;
        if (style.splitPartOne()) {
            for (String[] sub : new String[][]{{"politics", "POLITICS"}, {"ethics", "ETHICS"},
                    {"workstyle", "WORKSTYLE"}, {"discipline", "DISCIPLINE"}}) {
                PartKind kind = PartKind.valueOf(sub[1]);
                sub(item++, kind, sub[0]);
                sentences(kind, IND + sub[0], count(len), partOne);
            }
        } else {
            out.add(new Block(BlockKind.SUBHEADING, PartKind.POLITICS, style.headings().item(item++,
                    "Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, "
                            + "lề lối làm việc")));
            for (String bankName : new String[]{"politics", "ethics", "discipline", "workstyle"}) {
                sentences(PartKind.POLITICS, IND + bankName, Math.max(1, count(len) - 1), partOne);
            }
        }
        if (rng.nextDouble() < 0.6) {
            para(PartKind.STRENGTHS, bank.pick("phrases/common/stock", rng));
        }
        sub(item++, PartKind.RESULTS, "results");
        // A vague report may be full of figures, but only in its results: its shortcomings stay generic.
        boolean manyNumbers = vague && !noResults && rng.nextBoolean();
        if (noResults) {
            sentences(PartKind.RESULTS, IND + "results-vague", 2 + len, NOT_CONCRETE);
        } else {
            para(PartKind.RESULTS, filler.sentence(IND + "results-intro", rng));
            sentences(PartKind.RESULTS, IND + "results", len + 1 + rng.nextInt(len + 1) + (manyNumbers ? 3 : 0),
                    ANY);
        }
        if (manyNumbers) {
            note = "many numbers, all in the strengths part";
        }
        if (praise) {
            sentences(PartKind.STRENGTHS, IND + "praise", 5 + rng.nextInt(4), noResults ? NOT_CONCRETE : NO_NUMBERS);
        }
        if (rules != RuleSet.QD132 && rng.nextDouble() < 0.7) {
            sub(item++, PartKind.COMMITMENT, "commitment");
            sentences(PartKind.COMMITMENT, IND + "commitment", 1, partOne);
        }
        // The self-check names "27 biểu hiện" and sometimes a task: without results it stands in its own part.
        boolean selfCheckInline = !noSelfCheck && !noResults && !style.selfCheckSeparate();
        if (selfCheckInline) {
            para(PartKind.SELF_CHECK, filler.sentence(IND + "selfcheck", rng));
        }

        // Part II: shortcomings and causes.
        int partTwo = out.size();
        heading(PartKind.SHORTCOMINGS, "shortcomings");
        if (disciplineSentence != null) {
            para(PartKind.SHORTCOMINGS, disciplineSentence);
        }
        if (vague) {
            sentences(PartKind.SHORTCOMINGS, IND + "shortcomings-vague", 2 + rng.nextInt(2), NO_NUMBERS);
        } else {
            sentences(PartKind.SHORTCOMINGS, IND + "shortcomings", praise ? 1 : len + rng.nextInt(2), ANY);
        }
        boolean inlineResponsibility = m.isLeader()
                && !inject.contains(FormalismSignal.LEADER_ACCOUNTABILITY_MISSING) && !vague && rng.nextDouble() < 0.2;
        if (inlineResponsibility) {
            para(PartKind.SHORTCOMINGS, filler.sentence(IND + "responsibility", rng));
            note = "responsibility stated inside the shortcomings, without its heading";
        }
        int shortcomingsEnd = out.size();
        if (style.causesHeading()) {
            sub(0, PartKind.CAUSES, "causes");
        }
        // Causes often follow the shortcomings with no heading of their own: a vague report's causes name no task or
        // figure either, so nothing under its shortcomings heading is concrete.
        Predicate<String> causes = vague ? NOT_CONCRETE : ANY;
        if (blame) {
            sentences(PartKind.CAUSES, IND + "causes-blame", 2 + rng.nextInt(2), causes);
        } else {
            sentences(PartKind.CAUSES, IND + "causes-subjective", praise ? 1 : 1 + rng.nextInt(2), causes);
            if (!praise && rng.nextBoolean()) {
                sentences(PartKind.CAUSES, IND + "causes-objective", 1, causes);
            }
        }
        if (!praise && !vague) {
            balance(partTwo, shortcomingsEnd, !blame);
        }

        // Parts III and IV in either order.
        if (style.swapRemediation()) {
            explanation();
            remediation(inject.contains(FormalismSignal.REMEDIATION_MISSING), len);
        } else {
            remediation(inject.contains(FormalismSignal.REMEDIATION_MISSING), len);
            explanation();
        }

        // Part V (leaders): own responsibility.
        if (m.isLeader() && !inlineResponsibility) {
            if (inject.contains(FormalismSignal.LEADER_ACCOUNTABILITY_MISSING)) {
                if (rng.nextBoolean()) {
                    heading(PartKind.RESPONSIBILITY, "responsibility");
                    para(PartKind.RESPONSIBILITY, filler.sentence(IND + "responsibility-deflect", rng));
                }
            } else {
                heading(PartKind.RESPONSIBILITY, "responsibility");
                sentences(PartKind.RESPONSIBILITY, IND + "responsibility", 1 + rng.nextInt(2), ANY);
            }
        }
        if (!noSelfCheck && !selfCheckInline) {
            heading(PartKind.SELF_CHECK, "selfcheck");
            para(PartKind.SELF_CHECK, filler.sentence(IND + "selfcheck", rng));
        }
        heading(PartKind.DIRECTION, "direction");
        sentences(PartKind.DIRECTION, IND + "direction", 1 + rng.nextInt(len + 1), ANY);
        return new Built(out, note);
    }

    /**
     * Adds concrete shortcomings (and, every third time, an owned cause when causes may be owned) until part II is
     * not dwarfed by part I: a report that forbids PRAISE_HEAVY must be balanced by the catalogue's definition.
     */
    private void balance(int partTwo, int shortcomingsEnd, boolean ownCauses) {
        int at = shortcomingsEnd;
        for (int added = 0; added < MAX_BALANCING_SENTENCES && !PartBalance.balanced(out, 0, partTwo); added++) {
            if (ownCauses && added % 3 == 2) {
                out.add(fresh(PartKind.CAUSES, IND + "causes-subjective", partTwo));
            } else {
                out.add(at++, fresh(PartKind.SHORTCOMINGS, IND + "shortcomings", partTwo));
            }
        }
    }

    /** A sentence of {@code bankName} that repeats no five words of the paragraphs of {@code kind} from {@code from}. */
    private Block fresh(PartKind kind, String bankName, int from) {
        Set<String> seen = new HashSet<>();
        for (Block b : out.subList(from, out.size())) {
            if (b.part() == kind && b.kind() == BlockKind.PARAGRAPH) {
                seen.addAll(shingles(b.text()));
            }
        }
        String text = "";
        for (int i = 0; i < FRESH_TRIES; i++) {
            text = filler.sentence(bankName, rng);
            if (Collections.disjoint(seen, shingles(text))) {
                break;
            }
        }
        return new Block(BlockKind.PARAGRAPH, kind, text);
    }

    /** Runs of five words, lower-cased, figures blanked: two sentences sharing one repeat the same phrase. */
    private static Set<String> shingles(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").split("[\\s,.;:]+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 5 <= w.length; i++) {
            out.add(String.join(" ", Arrays.asList(w).subList(i, i + 5)));
        }
        return out;
    }

    private void remediation(boolean missing, int len) {
        if (missing) {
            if (rng.nextBoolean()) {
                heading(PartKind.REMEDIATION, "remediation");
                para(PartKind.REMEDIATION, filler.sentence(IND + "remediation-empty", rng));
            }
            return;
        }
        heading(PartKind.REMEDIATION, "remediation");
        sentences(PartKind.REMEDIATION, IND + "remediation", Math.min(2, len), ANY);
    }

    private void explanation() {
        heading(PartKind.EXPLANATION, "explanation");
        para(PartKind.EXPLANATION, filler.sentence(IND + "explanation", rng));
    }

    private int count(int len) {
        return len == 1 ? 1 : len == 2 ? 1 + rng.nextInt(2) : 2 + rng.nextInt(2);
    }

    private void heading(PartKind kind, String headingBank) {
        String title = filler.fill(bank.pick("headings/" + headingBank, rng), rng);
        out.add(new Block(BlockKind.HEADING, kind, style.headings().part(partIndex++, title)));
    }

    private void sub(int index, PartKind kind, String headingBank) {
        String title = filler.fill(bank.pick("headings/" + headingBank, rng), rng);
        out.add(new Block(BlockKind.SUBHEADING, kind, style.headings().item(index, title)));
    }

    private void para(PartKind kind, String text) {
        out.add(new Block(BlockKind.PARAGRAPH, kind, text));
    }

    /** Adds {@code n} sentences from distinct templates of a bank (while it has enough) that {@code allowed} accepts. */
    private void sentences(PartKind kind, String bankName, int n, Predicate<String> allowed) {
        List<String> templates = new ArrayList<>();
        for (String t : bank.lines(bankName)) {
            if (allowed.test(t)) {
                templates.add(t);
            }
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("no allowed template in " + bankName);
        }
        List<String> used = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String t = templates.get(rng.nextInt(templates.size()));
            if (used.contains(t) && used.size() < templates.size()) {
                i--;
                continue;
            }
            used.add(t);
            out.add(new Block(BlockKind.PARAGRAPH, kind, Filler.capitalise(filler.fill(t, rng))));
        }
    }
}
