package vn.soi.corpora.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.soi.corpora.text.Block;
import vn.soi.corpora.text.BlockKind;
import vn.soi.corpora.text.Filler;
import vn.soi.corpora.text.PartKind;
import vn.soi.corpora.text.PhraseBank;
import vn.soi.indexer.document.Rating;

/** The self-rating part: a level, and from 2025 points /30 + /70 = /100 that match it (or, when injected, not). */
public final class Points {

    /** The blocks and a note for labels. */
    public record Outcome(List<Block> blocks, String note) {
    }

    private Points() {
    }

    /** Total points inside the band of a level under Quy định 366. */
    static int totalFor(Rating r, SplittableRandom rng) {
        switch (r) {
            case EXCELLENT:
                return 90 + rng.nextInt(9);
            case GOOD:
                return 72 + rng.nextInt(16);
            case COMPLETED:
                return 52 + rng.nextInt(16);
            default:
                return 35 + rng.nextInt(13);
        }
    }

    /** Writes the self-rating part; {@code inconsistent} breaks the sum or the band. */
    public static Outcome selfRating(Rating level, RuleSet rules, boolean inconsistent, SplittableRandom rng,
                                     Filler filler, PhraseBank bank) {
        List<Block> out = new ArrayList<>();
        String heading = filler.fill(bank.pick("headings/selfrating", rng), rng);
        out.add(new Block(BlockKind.HEADING, PartKind.SELF_RATING, rng.nextBoolean() ? heading.toUpperCase(
                java.util.Locale.ROOT) : heading));
        String note = "";
        if (rules.hasPoints()) {
            int total = totalFor(level, rng);
            int general = Math.min(30, Math.max(total - 70, Math.round(total * 0.3f) + rng.nextInt(3) - 1));
            int results = total - general;
            int stated = total;
            if (inconsistent) {
                if (rng.nextBoolean()) {
                    stated = total + (rng.nextBoolean() ? 1 : -1) * (3 + rng.nextInt(5));
                    note = general + " + " + results + " != " + stated;
                } else {
                    stated = level == Rating.EXCELLENT ? 80 + rng.nextInt(6) : 91 + rng.nextInt(6);
                    general = Math.min(30, Math.max(stated - 70, Math.round(stated * 0.3f)));
                    results = stated - general;
                    note = stated + " points do not match " + level.abbreviation();
                }
            }
            out.add(new Block(BlockKind.PARAGRAPH, PartKind.SELF_RATING, "- Tiêu chí chung: " + general
                    + "/30 điểm."));
            out.add(new Block(BlockKind.PARAGRAPH, PartKind.SELF_RATING,
                    "- Tiêu chí về kết quả thực hiện nhiệm vụ: " + results + "/70 điểm."));
            out.add(new Block(BlockKind.PARAGRAPH, PartKind.SELF_RATING, "- Tổng điểm tự chấm: " + stated
                    + "/100 điểm."));
            out.add(new Block(BlockKind.PARAGRAPH, PartKind.SELF_RATING, "Đề xuất mức xếp loại: " + level.label()
                    + "."));
        } else {
            String[] lead = {"Tự nhận mức xếp loại chất lượng: ", "Tự xếp loại: ", "Bản thân tự nhận mức: "};
            out.add(new Block(BlockKind.PARAGRAPH, PartKind.SELF_RATING, lead[rng.nextInt(lead.length)]
                    + level.label() + "."));
        }
        return new Outcome(out, note);
    }

    /** dd/MM/yyyy. */
    public static String date(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** "ngày 05 tháng 12 năm 2024". */
    public static String longDate(LocalDate d) {
        return String.format("ngày %02d tháng %02d năm %d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
