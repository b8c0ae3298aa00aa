package vn.soi.corpora.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.soi.corpora.text.Block;
import vn.soi.corpora.text.BlockKind;
import vn.soi.corpora.text.PartKind;
import vn.soi.corpora.world.Member;
import vn.soi.corpora.world.Unit;
import vn.soi.indexer.records.DisciplineForm;

/** A discipline decision (Quyết định thi hành kỷ luật). */
final class DecisionWriter {

    private DecisionWriter() {
    }

    static List<Block> decision(Unit unit, Member m, DisciplineForm form, LocalDate date, String number,
                                String violation, int year) {
        boolean committee = m.inLeadership();
        String issuer = committee ? "ỦY BAN KIỂM TRA HUYỆN ỦY " + unit.district().name().toUpperCase(Locale.ROOT)
                : unit.cellName().toUpperCase(Locale.ROOT);
        List<Block> out = new ArrayList<>();
        out.add(new Block(BlockKind.META, PartKind.HEADER, unit.district().committee().toUpperCase(Locale.ROOT)));
        out.add(new Block(BlockKind.META, PartKind.HEADER, issuer));
        out.add(new Block(BlockKind.META, PartKind.HEADER, "Số: " + number));
        out.add(new Block(BlockKind.META, PartKind.HEADER, "ĐẢNG CỘNG SẢN VIỆT NAM"));
        out.add(new Block(BlockKind.META, PartKind.HEADER, unit.district().name() + ", " + Points.longDate(date)));
        out.add(new Block(BlockKind.TITLE, PartKind.HEADER, "QUYẾT ĐỊNH"));
        out.add(new Block(BlockKind.META, PartKind.HEADER, "thi hành kỷ luật đối với đảng viên"));
        out.add(new Block(BlockKind.PARAGRAPH, PartKind.DECISION, "Căn cứ Điều lệ Đảng; căn cứ Quy định số "
                + "69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm;"));
        out.add(new Block(BlockKind.PARAGRAPH, PartKind.DECISION, "Xét đồng chí " + m.name() + ", " + m.position()
                + ", " + unit.name() + " đã " + violation + ";"));
        out.add(new Block(BlockKind.PARAGRAPH, PartKind.DECISION, "Xét tính chất, mức độ, tác hại, nguyên nhân của "
                + "vi phạm và các tình tiết liên quan,"));
        out.add(new Block(BlockKind.TITLE, PartKind.DECISION, "QUYẾT ĐỊNH:"));
        out.add(new Block(BlockKind.PARAGRAPH, PartKind.DECISION, "Điều 1. Thi hành kỷ luật bằng hình thức "
                + form.label() + " đối với đồng chí " + m.name() + ", " + m.position() + ", đảng viên "
                + unit.cellName() + "."));
        out.add(new Block(BlockKind.PARAGRAPH, PartKind.DECISION, "Điều 2. Quyết định có hiệu lực kể từ ngày ký. "
                + unit.cellName() + " và đồng chí có tên tại Điều 1 chịu trách nhiệm thi hành quyết định này."));
        out.add(new Block(BlockKind.SIGNATURE, PartKind.SIGNATURE, committee ? "T/M ỦY BAN KIỂM TRA" : "T/M CHI BỘ"));
        out.add(new Block(BlockKind.SIGNATURE, PartKind.SIGNATURE, committee ? "CHỦ NHIỆM" : "BÍ THƯ"));
        return out;
    }
}
