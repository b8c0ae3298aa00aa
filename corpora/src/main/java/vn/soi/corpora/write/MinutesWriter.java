package vn.soi.corpora.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import vn.soi.corpora.text.Block;
import vn.soi.corpora.text.BlockKind;
import vn.soi.corpora.text.Filler;
import vn.soi.corpora.text.PartKind;
import vn.soi.corpora.text.PhraseBank;
import vn.soi.corpora.world.Member;
import vn.soi.corpora.world.Unit;
import vn.soi.indexer.document.Rating;

/** Minutes of the review meeting: time, attendance, chair, secretary, opinions by name, answers, conclusion, votes. */
final class MinutesWriter {

    private static final String MIN = "phrases/minutes/";

    record Outcome(List<Block> blocks, String note) {
    }

    private MinutesWriter() {
    }

    static Outcome write(Filler filler, Unit unit, List<Member> members, int year, RuleSet rules,
                         Map<Member, Rating> rating, Rating collective, LocalDate meeting, LocalDate sent,
                         boolean noCriticism, boolean statsBad, SplittableRandom rng, PhraseBank bank) {
        List<Block> out = new ArrayList<>();
        String note = "";
        Member chair = members.get(0);
        Member secretary = members.get(members.size() - 1);
        int n = members.size();
        int absent = rng.nextInt(3) == 0 ? 1 : 0;
        int present = n - absent;
        out.add(new Block(BlockKind.META, PartKind.HEADER, unit.district().committee().toUpperCase(Locale.ROOT)));
        out.add(new Block(BlockKind.META, PartKind.HEADER, unit.cellName().toUpperCase(Locale.ROOT)));
        out.add(new Block(BlockKind.META, PartKind.HEADER, "ĐẢNG CỘNG SẢN VIỆT NAM"));
        out.add(new Block(BlockKind.TITLE, PartKind.HEADER, "BIÊN BẢN"));
        out.add(new Block(BlockKind.META, PartKind.HEADER, "Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng "
                + "tập thể và đảng viên năm " + year));
        out.add(para(PartKind.MEETING, "Thời gian: " + (rng.nextBoolean() ? 7 + rng.nextInt(3) : 13 + rng.nextInt(2)) + " giờ 30, " + Points.longDate(meeting)
                + "."));
        out.add(para(PartKind.MEETING, "Địa điểm: Hội trường " + unit.name() + "."));
        out.add(para(PartKind.MEETING, "Tổng số đảng viên: " + n + " đồng chí; có mặt: " + present
                + " đồng chí; vắng: " + absent + " đồng chí" + (absent > 0 ? " (" + bank.pick(
                "phrases/common/absence", rng) + ")" : "") + "."));
        out.add(para(PartKind.MEETING, "Số đảng viên dự hội nghị: " + Shares.share(present, n, statsBad, rng, "đạt")
                + "."));
        if (statsBad) {
            note = "; the attendance share does not match its counts";
        }
        out.add(para(PartKind.MEETING, "Chủ trì: đồng chí " + chair.name() + ", " + chair.partyPost() + "."));
        out.add(para(PartKind.MEETING, "Thư ký: đồng chí " + secretary.name() + "."));
        out.add(para(PartKind.MEETING, "Đại diện cấp ủy cấp trên: đồng chí " + bank.pick("names/family", rng)
                + " " + bank.pick("names/middle-male", rng) + " " + bank.pick("names/given-male", rng)
                + ", Huyện ủy viên, dự và chỉ đạo hội nghị."));
        out.add(para(PartKind.MEETING, "Báo cáo kiểm điểm của tập thể và bản kiểm điểm của các đồng chí đảng viên đã "
                + "được gửi đến các đảng viên ngày " + Points.date(sent) + "."));
        out.add(new Block(BlockKind.HEADING, PartKind.MEETING, "NỘI DUNG HỘI NGHỊ"));
        out.add(para(PartKind.MEETING, "Đồng chí " + chair.name() + " trình bày báo cáo kiểm điểm của tập thể chi bộ; "
                + "các đồng chí đảng viên lần lượt trình bày bản kiểm điểm cá nhân."));
        out.add(new Block(BlockKind.HEADING, PartKind.OPINIONS, "Ý kiến tham gia:"));
        List<Member> targets = new ArrayList<>();
        int opinions = 2 + rng.nextInt(4);
        boolean mild = !noCriticism && rng.nextDouble() < 0.2;
        for (int i = 0; i < opinions; i++) {
            Member speaker = members.get(1 + rng.nextInt(n - 1));
            Member target = i == 0 ? chair : members.get(rng.nextInt(n));
            if (target == speaker) {
                target = chair;
            }
            filler.with("target", "đồng chí " + target.name());
            String bankName;
            if (noCriticism) {
                bankName = "agree";
            } else if (mild) {
                bankName = i == 0 ? "mild" : "agree";
            } else {
                bankName = i <= 1 ? "critical" : rng.nextBoolean() ? "critical" : "agree";
                if (!bankName.equals("agree")) {
                    targets.add(target);
                }
            }
            out.add(para(PartKind.OPINIONS, "- Đồng chí " + speaker.name() + ": " + filler.sentence(MIN + bankName,
                    rng)));
        }
        if (mild) {
            note = note + "; one mild criticism only, addressed to the head";
            targets.add(chair);
        }
        if (!targets.isEmpty()) {
            out.add(new Block(BlockKind.HEADING, PartKind.ANSWERS, "Tiếp thu, giải trình:"));
            for (Member t : targets.subList(0, Math.min(2, targets.size()))) {
                out.add(para(PartKind.ANSWERS, "- Đồng chí " + t.name() + ": " + filler.sentence(MIN + "answer", rng)));
            }
        }
        out.add(new Block(BlockKind.HEADING, PartKind.CONCLUSION, "Kết luận của đồng chí chủ trì:"));
        filler.with("colleague", members.get(1).name());
        out.add(para(PartKind.CONCLUSION, filler.sentence(MIN + (noCriticism ? "agree-conclusion" : "conclusion"),
                rng)));
        out.add(new Block(BlockKind.HEADING, PartKind.VOTES, "Kết quả biểu quyết xếp loại (giơ tay):"));
        out.add(para(PartKind.VOTES, "- Tập thể chi bộ: " + vote(collective, present, rng)));
        for (Member m : members) {
            out.add(para(PartKind.VOTES, "- Đồng chí " + m.name() + ": " + vote(rating.get(m), present, rng)));
        }
        out.add(para(PartKind.MEETING, "Hội nghị kết thúc lúc " + (16 + rng.nextInt(2)) + " giờ 30 cùng ngày."));
        out.add(new Block(BlockKind.SIGNATURE, PartKind.SIGNATURE, "THƯ KÝ: " + secretary.name()));
        out.add(new Block(BlockKind.SIGNATURE, PartKind.SIGNATURE, "CHỦ TRÌ: " + chair.name()));
        return new Outcome(out, note);
    }

    private static String vote(Rating r, int present, SplittableRandom rng) {
        int other = rng.nextInt(3) == 0 ? 1 + rng.nextInt(2) : 0;
        other = Math.min(other, present - 1);
        Rating next = r == Rating.NOT_COMPLETED ? Rating.COMPLETED : Rating.values()[r.ordinal() + 1];
        String s = r.label() + " " + (present - other) + "/" + present + " phiếu";
        if (other > 0) {
            s = s + "; " + next.label() + " " + other + "/" + present + " phiếu";
        }
        return s + ".";
    }

    private static Block para(PartKind kind, String text) {
        return new Block(BlockKind.PARAGRAPH, kind, text);
    }
}
