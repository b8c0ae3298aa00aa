package vn.soi.corpora.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
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

        // Part I: strengths.
        heading(PartKind.STRENGTHS, "strengths");
        int item = 0;
        boolean numbersAllowed = !noResults;
        if (style.splitPartOne()) {
            for (String[] sub : new String[][]{{"politics", "POLITICS"}, {"ethics", "ETHICS"},
                    {"workstyle", "WORKSTYLE"}, {"discipline", "DISCIPLINE"}}) {
                PartKind kind = PartKind.valueOf(sub[1]);
                sub(item++, kind, sub[0]);
                sentences(kind, IND + sub[0], count(len), numbersAllowed);
            }
        } else {
            out.add(new Block(BlockKind.SUBHEADING, PartKind.POLITICS, style.headings().item(item++,
                    "Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, "
                            + "lề lối làm việc")));
            for (String bankName : new String[]{"politics", "ethics", "discipline", "workstyle"}) {
                sentences(PartKind.POLITICS, IND + bankName, Math.max(1, count(len) - 1), numbersAllowed);
            }
        }
        if (rng.nextDouble() < 0.6) {
            para(PartKind.STRENGTHS, bank.pick("phrases/common/stock", rng));
        }
        sub(item++, PartKind.RESULTS, "results");
        if (noResults) {
            sentences(PartKind.RESULTS, IND + "results-vague", 2 + len, false);
        } else {
            para(PartKind.RESULTS, filler.sentence(IND + "results-intro", rng));
            sentences(PartKind.RESULTS, IND + "results", len + 1 + rng.nextInt(len + 1), true);
        }
        if (praise) {
            sentences(PartKind.STRENGTHS, IND + "praise", 5 + rng.nextInt(4), false);
        }
        if (rules != RuleSet.QD132 && rng.nextDouble() < 0.7) {
            sub(item++, PartKind.COMMITMENT, "commitment");
            sentences(PartKind.COMMITMENT, IND + "commitment", 1, numbersAllowed);
        }
        boolean selfCheckInline = !noSelfCheck && !style.selfCheckSeparate();
        if (selfCheckInline) {
            para(PartKind.SELF_CHECK, filler.sentence(IND + "selfcheck", rng));
        }

        // Part II: shortcomings and causes.
        heading(PartKind.SHORTCOMINGS, "shortcomings");
        if (disciplineSentence != null) {
            para(PartKind.SHORTCOMINGS, disciplineSentence);
        }
        if (vague) {
            sentences(PartKind.SHORTCOMINGS, IND + "shortcomings-vague", 2 + rng.nextInt(2), false);
            if (!noResults && rng.nextBoolean()) {
                sentences(PartKind.RESULTS, IND + "results", 3, true);
                note = "many numbers, all in the strengths part";
            }
        } else {
            sentences(PartKind.SHORTCOMINGS, IND + "shortcomings", praise ? 1 : len + rng.nextInt(2), true);
        }
        boolean inlineResponsibility = m.isLeader()
                && !inject.contains(FormalismSignal.LEADER_ACCOUNTABILITY_MISSING) && !vague && rng.nextDouble() < 0.2;
        if (inlineResponsibility) {
            para(PartKind.SHORTCOMINGS, filler.sentence(IND + "responsibility", rng));
            note = "responsibility stated inside the shortcomings, without its heading";
        }
        if (style.causesHeading()) {
            sub(0, PartKind.CAUSES, "causes");
        }
        if (inject.contains(FormalismSignal.BLAME_EXTERNAL)) {
            sentences(PartKind.CAUSES, IND + "causes-blame", 2 + rng.nextInt(2), true);
        } else {
            sentences(PartKind.CAUSES, IND + "causes-subjective", praise ? 1 : 1 + rng.nextInt(2), true);
            if (!praise && rng.nextBoolean()) {
                para(PartKind.CAUSES, filler.sentence(IND + "causes-objective", rng));
            }
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
                sentences(PartKind.RESPONSIBILITY, IND + "responsibility", 1 + rng.nextInt(2), true);
            }
        }
        if (!noSelfCheck && !selfCheckInline) {
            heading(PartKind.SELF_CHECK, "selfcheck");
            para(PartKind.SELF_CHECK, filler.sentence(IND + "selfcheck", rng));
        }
        heading(PartKind.DIRECTION, "direction");
        sentences(PartKind.DIRECTION, IND + "direction", 1 + rng.nextInt(len + 1), true);
        return new Built(out, note);
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
        sentences(PartKind.REMEDIATION, IND + "remediation", Math.min(2, len), true);
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

    /** Adds {@code n} distinct sentences from a bank; without numbers, only templates that yield none. */
    private void sentences(PartKind kind, String bankName, int n, boolean numbers) {
        List<String> templates = new ArrayList<>();
        for (String t : bank.lines(bankName)) {
            if (numbers || !Filler.yieldsNumbers(t)) {
                templates.add(t);
            }
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("no template without numbers in " + bankName);
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
