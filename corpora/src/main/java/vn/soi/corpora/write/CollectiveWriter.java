package vn.soi.corpora.write;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import vn.soi.corpora.FormalismSignal;
import vn.soi.corpora.text.Block;
import vn.soi.corpora.text.BlockKind;
import vn.soi.corpora.text.Filler;
import vn.soi.corpora.text.PartKind;
import vn.soi.corpora.text.PhraseBank;
import vn.soi.corpora.world.Member;
import vn.soi.corpora.world.Unit;
import vn.soi.indexer.document.Rating;

/** The collective report of a cell (Mẫu 01): strengths with statistics, shortcomings, causes, responsibility. */
final class CollectiveWriter {

    private static final String COL = "phrases/collective/";

    record Outcome(List<Block> blocks, String note) {
    }

    private CollectiveWriter() {
    }

    static Outcome write(Filler filler, Unit unit, List<Member> members, int year, RuleSet rules, Rating level,
                         Set<Member> disciplined, Set<FormalismSignal> inject, boolean statsBad, boolean scoreBad,
                         LocalDate sent, SplittableRandom rng, PhraseBank bank) {
        HeadingStyle hs = HeadingStyle.random(rng);
        List<Block> out = new ArrayList<>();
        int part = 0;
        String note = "";
        out.add(new Block(BlockKind.META, PartKind.HEADER, unit.district().committee().toUpperCase(Locale.ROOT)));
        out.add(new Block(BlockKind.META, PartKind.HEADER, unit.cellName().toUpperCase(Locale.ROOT)));
        out.add(new Block(BlockKind.META, PartKind.HEADER, "ĐẢNG CỘNG SẢN VIỆT NAM"));
        out.add(new Block(BlockKind.META, PartKind.HEADER, unit.district().name() + ", "
                + Points.longDate(sent.minusDays(rng.nextInt(3)))));
        out.add(new Block(BlockKind.TITLE, PartKind.HEADER, "BÁO CÁO"));
        out.add(new Block(BlockKind.META, PartKind.HEADER, "Kiểm điểm tập thể " + unit.cellName() + " năm " + year));
        out.add(new Block(BlockKind.PARAGRAPH, PartKind.HEADER, "Thực hiện " + rules.guidance()
                + " của Ban Tổ chức Trung ương, " + unit.cellName() + " báo cáo kết quả kiểm điểm năm " + year
                + " như sau:"));
        int partOne = out.size();
        out.add(heading(hs, part++, filler.fill(bank.pick("headings/collective-strengths", rng), rng), PartKind.STRENGTHS));
        for (String s : filler.distinct(COL + "strengths", 3 + rng.nextInt(3), rng)) {
            out.add(para(PartKind.STRENGTHS, s));
        }
        int n = members.size();
        int good = n - disciplined.size() - rng.nextInt(2);
        filler.with("members", Integer.toString(n));
        List<String> stats = new ArrayList<>(bank.lines(COL + "stats"));
        filler.with("share", Shares.share(Math.max(1, good), n, statsBad, rng, "chiếm"));
        out.add(para(PartKind.RESULTS, Filler.capitalise(filler.fill(stats.remove(rng.nextInt(stats.size())), rng))));
        if (statsBad) {
            note = "; a stated share does not match its counts";
        }
        filler.with("share", Shares.share(Math.max(1, n - rng.nextInt(3)), n, false, rng, "đạt"));
        out.add(para(PartKind.RESULTS, Filler.capitalise(filler.fill(stats.remove(rng.nextInt(stats.size())), rng))));

        int partTwo = out.size();
        out.add(heading(hs, part++, filler.fill(bank.pick("headings/shortcomings", rng), rng), PartKind.SHORTCOMINGS));
        boolean vague = inject.contains(FormalismSignal.VAGUE_SELF_CRITICISM);
        boolean blame = inject.contains(FormalismSignal.BLAME_EXTERNAL);
        // Every template of the concrete bank in a random order: the first few, then more while part II is light.
        Deque<String> shortcomings = new ArrayDeque<>(filler.distinct(COL + (vague ? "shortcomings-vague"
                : "shortcomings"), Integer.MAX_VALUE, rng));
        for (int i = 1 + (vague ? 0 : 1) + rng.nextInt(2); i > 0 && !shortcomings.isEmpty(); i--) {
            out.add(para(PartKind.SHORTCOMINGS, shortcomings.pop()));
        }
        int shortcomingsEnd = out.size();
        out.add(new Block(BlockKind.SUBHEADING, PartKind.CAUSES, "Nguyên nhân:"));
        Deque<String> owned = new ArrayDeque<>(filler.distinct(COL + "causes-subjective", Integer.MAX_VALUE, rng));
        if (blame) {
            for (String s : filler.distinct(COL + "causes-blame", 2, rng)) {
                out.add(para(PartKind.CAUSES, s));
            }
        } else {
            out.add(para(PartKind.CAUSES, owned.pop()));
            if (rng.nextBoolean()) {
                out.add(para(PartKind.CAUSES, filler.sentence(COL + "causes-blame", rng)));
            }
        }
        // An honest part II is not dwarfed by the strengths (PartBalance); vague reports leave PRAISE_HEAVY unscored.
        if (blame) {
            owned.clear();
        }
        for (int added = 0; !vague && !PartBalance.balanced(out, partOne, partTwo)
                && !(shortcomings.isEmpty() && owned.isEmpty()); added++) {
            if (shortcomings.isEmpty() || added % 3 == 2 && !owned.isEmpty()) {
                out.add(para(PartKind.CAUSES, owned.pop()));
            } else {
                out.add(shortcomingsEnd++, para(PartKind.SHORTCOMINGS, shortcomings.pop()));
            }
        }
        boolean noRemediation = inject.contains(FormalismSignal.REMEDIATION_MISSING);
        out.add(heading(hs, part++, filler.fill(bank.pick("headings/remediation", rng), rng), PartKind.REMEDIATION));
        out.add(para(PartKind.REMEDIATION, noRemediation ? filler.sentence("phrases/individual/remediation-empty",
                rng) : filler.sentence(COL + "remediation", rng)));
        out.add(heading(hs, part++, filler.fill(bank.pick("headings/explanation", rng), rng), PartKind.EXPLANATION));
        out.add(para(PartKind.EXPLANATION, filler.sentence("phrases/individual/explanation", rng)));
        if (!inject.contains(FormalismSignal.LEADER_ACCOUNTABILITY_MISSING)) {
            out.add(heading(hs, part++, filler.fill(bank.pick("headings/collective-responsibility", rng), rng),
                    PartKind.RESPONSIBILITY));
            List<String> lines = bank.lines(COL + "responsibility");
            out.add(para(PartKind.RESPONSIBILITY, Filler.capitalise(filler.fill(lines.get(0), rng))));
            if (disciplined.isEmpty()) {
                out.add(para(PartKind.RESPONSIBILITY, Filler.capitalise(filler.fill(lines.get(1), rng))));
            } else if (rng.nextBoolean()) {
                out.add(para(PartKind.RESPONSIBILITY, "Trong năm " + year + ", chi bộ có " + disciplined.size()
                        + " đảng viên bị xử lý kỷ luật."));
            }
        }
        out.add(heading(hs, part++, filler.fill(bank.pick("headings/direction", rng), rng), PartKind.DIRECTION));
        for (String s : filler.distinct(COL + "direction", 2, rng)) {
            out.add(para(PartKind.DIRECTION, s));
        }
        Points.Outcome pts = Points.selfRating(level, rules, scoreBad, rng, filler, bank);
        out.addAll(pts.blocks());
        if (scoreBad) {
            note = note + "; self-score: " + pts.note();
        }
        out.add(new Block(BlockKind.SIGNATURE, PartKind.SIGNATURE, "T/M CHI BỘ"));
        out.add(new Block(BlockKind.SIGNATURE, PartKind.SIGNATURE, "BÍ THƯ"));
        out.add(new Block(BlockKind.SIGNATURE, PartKind.SIGNATURE, members.get(0).name()));
        return new Outcome(out, note);
    }

    private static Block heading(HeadingStyle hs, int index, String title, PartKind kind) {
        return new Block(BlockKind.HEADING, kind, hs.part(index, title));
    }

    private static Block para(PartKind kind, String text) {
        return new Block(BlockKind.PARAGRAPH, kind, text);
    }
}
