package vn.soi.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A folder of small Vietnamese review documents for the crash trials, written by us and assembled from the parts
 * below with a fixed seed, so every run gets the same bytes: individual self-critique reports, collective review
 * reports and review-meeting minutes, as {@code .txt} and (every sixth) {@code .docx}.
 *
 * <p>The <em>base</em> folder holds the first {@value #BASE_SIZE} documents, {@value #CHANGED} of them in an older
 * wording; the <em>full</em> folder holds all {@value #SIZE} in their final wording. Ingesting the full folder over a
 * data folder built from the base one adds, replaces and keeps documents in one run.
 */
final class ReportCorpus {

    /** Documents in the full folder. */
    static final int SIZE = 60;
    /** Documents already ingested in the base state. */
    static final int BASE_SIZE = 24;
    /** Base documents whose wording changes in the full folder. */
    static final int CHANGED = 3;

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
            "Hồ", "Ngô", "Dương"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc", "Đức", "Thu"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Giang", "Hạnh", "Khoa", "Lan", "Mạnh",
            "Nga", "Phúc", "Quyên", "Sơn", "Thủy", "Tuấn", "Yến", "Hòa", "Lộc"};
    private static final String[] UNIT = {"Chi bộ Khu phố 2", "Chi bộ Trường Tiểu học Hòa Lạc",
            "Chi bộ Phòng Tài chính - Kế hoạch", "Chi bộ Trạm Y tế xã Tân Thủy", "Chi bộ Thôn Đông Hải",
            "Chi bộ Công an xã Phú Lộc", "Chi bộ Văn phòng Ủy ban nhân dân huyện", "Chi bộ Ban Quản lý chợ Bến Lức"};
    private static final String[] PARTY_BODY = {"ĐẢNG BỘ XÃ TÂN THỦY", "ĐẢNG BỘ PHƯỜNG HÒA KHÁNH",
            "ĐẢNG BỘ HUYỆN ĐỨC HÒA", "ĐẢNG BỘ CƠ QUAN ỦY BAN NHÂN DÂN TỈNH"};
    private static final String[] ROLE = {"Đảng viên", "Bí thư Chi bộ", "Phó Bí thư Chi bộ", "Chi ủy viên",
            "Trưởng phòng", "Hiệu trưởng", "Trưởng trạm"};
    private static final String[] STRENGTH = {
            "Chấp hành nghiêm chủ trương của Đảng, chính sách, pháp luật của Nhà nước.",
            "Hoàn thành việc số hóa %d bộ hồ sơ hành chính trước ngày 30/9.",
            "Tham gia đầy đủ %d buổi sinh hoạt chi bộ trong năm, phát biểu xây dựng ở nhiều buổi.",
            "Phối hợp với Mặt trận vận động %d hộ dân hiến đất mở rộng đường liên thôn.",
            "Giải quyết %d đơn thư của công dân đúng hạn, không để tồn đọng.",
            "Giữ gìn đoàn kết nội bộ, có lối sống giản dị, gần gũi quần chúng.",
            "Chủ động học tập, hoàn thành lớp bồi dưỡng lý luận chính trị với kết quả khá.",
            "Tổ chức %d đợt kiểm tra an toàn thực phẩm tại các bếp ăn tập thể."};
    private static final String[] SHORTCOMING = {
            "Việc nghiên cứu văn bản mới đôi khi còn chậm, chưa kịp thời tham mưu.",
            "Còn %d hồ sơ giải quyết trễ hạn do chưa đôn đốc sát sao.",
            "Chưa mạnh dạn đấu tranh phê bình trong sinh hoạt chi bộ.",
            "Thời gian đi cơ sở ít, nắm tình hình dân cư chưa sâu.",
            "Việc thu nộp đảng phí ở %d tổ còn chậm so với quy định.",
            "Báo cáo định kỳ có lúc gửi muộn, số liệu chưa khớp giữa các biểu."};
    private static final String[] CAUSE = {
            "Nguyên nhân chủ quan là bản thân chưa sắp xếp thời gian hợp lý.",
            "Nguyên nhân khách quan là khối lượng công việc lớn, biên chế thiếu.",
            "Một phần do nhận thức về trách nhiệm nêu gương chưa đầy đủ."};
    private static final String[] REMEDY = {
            "Năm tới lập kế hoạch công việc theo tuần, rà soát hồ sơ vào thứ Sáu.",
            "Cam kết xử lý dứt điểm hồ sơ tồn trước ngày 15/3.",
            "Dành ít nhất %d ngày mỗi tháng xuống cơ sở, gặp gỡ nhân dân.",
            "Chủ động nêu ý kiến phê bình thẳng thắn tại các kỳ sinh hoạt."};
    private static final String[] RATING = {"Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ",
            "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"};

    private ReportCorpus() {
    }

    /** One generated document: where it goes under the folder and whether it is a Word file. */
    record Entry(String path, List<String> lines, boolean docx) {
    }

    /** The documents of the full folder, in their final wording. */
    static List<Entry> full() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            entries.add(entry(i, 1));
        }
        return entries;
    }

    /** Writes the full folder. */
    static void writeFull(Path folder) throws IOException {
        for (Entry entry : full()) {
            write(folder, entry);
        }
    }

    /**
     * Writes the base folder: the first {@value #BASE_SIZE} documents, copied byte for byte from {@code full} except
     * the first {@value #CHANGED}, which are written in an older wording.
     */
    static void writeBase(Path full, Path folder) throws IOException {
        for (int i = 0; i < BASE_SIZE; i++) {
            Entry entry = entry(i, i < CHANGED ? 0 : 1);
            if (i < CHANGED) {
                write(folder, entry);
            } else {
                Path target = folder.resolve(entry.path());
                Files.createDirectories(target.getParent());
                Files.copy(full.resolve(entry.path()), target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static Entry entry(int index, int version) {
        Random random = new Random(index * 7_919L + version * 104_729L);
        String unit = UNIT[index % UNIT.length];
        String folder = "don-vi-" + (index % UNIT.length + 1);
        boolean docx = index % 6 == 5;
        String extension = docx ? ".docx" : ".txt";
        List<String> lines = switch (index % 3) {
            case 0, 1 -> individual(random, unit, index, version);
            default -> collectiveOrMinutes(random, unit, index, version);
        };
        return new Entry(folder + "/tai-lieu-" + String.format("%02d", index) + extension, lines, docx);
    }

    private static List<String> individual(Random random, String unit, int index, int version) {
        String name = pick(random, FAMILY) + " " + pick(random, MIDDLE) + " " + pick(random, GIVEN);
        List<String> lines = new ArrayList<>(List.of(pick(random, PARTY_BODY), unit.toUpperCase(java.util.Locale.ROOT),
                "", "BẢN KIỂM ĐIỂM CÁ NHÂN", "Năm " + (2022 + index % 3), "",
                "Họ và tên: " + name, "Chức vụ Đảng: " + pick(random, ROLE), "Đơn vị: " + unit, "",
                "I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC"));
        addSentences(lines, random, STRENGTH, 2 + random.nextInt(3));
        lines.add("");
        lines.add("II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN");
        addSentences(lines, random, SHORTCOMING, 1 + random.nextInt(2));
        lines.add(pick(random, CAUSE));
        lines.add("");
        lines.add("III. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC");
        addSentences(lines, random, REMEDY, 1 + random.nextInt(2));
        if (version == 0) {
            lines.add("(Bản dự thảo, chưa qua chi bộ góp ý.)");
        }
        lines.add("");
        lines.add("IV. TỰ NHẬN MỨC XẾP LOẠI");
        lines.add(pick(random, RATING) + ".");
        lines.add("");
        lines.add("Người tự kiểm điểm");
        lines.add(name);
        return lines;
    }

    private static List<String> collectiveOrMinutes(Random random, String unit, int index, int version) {
        int members = 9 + random.nextInt(30);
        int present = members - random.nextInt(4);
        if (random.nextBoolean()) {
            List<String> lines = new ArrayList<>(List.of(pick(random, PARTY_BODY), unit.toUpperCase(java.util.Locale.ROOT),
                    "", "BÁO CÁO KIỂM ĐIỂM TẬP THỂ CHI ỦY", "Năm " + (2022 + index % 3), "",
                    "Tổng số đảng viên: " + members + " đồng chí.", "", "I. KẾT QUẢ ĐẠT ĐƯỢC"));
            addSentences(lines, random, STRENGTH, 3);
            lines.add("");
            lines.add("II. HẠN CHẾ, KHUYẾT ĐIỂM");
            addSentences(lines, random, SHORTCOMING, 2);
            lines.add(pick(random, CAUSE));
            lines.add("");
            lines.add("III. BIỆN PHÁP KHẮC PHỤC");
            addSentences(lines, random, REMEDY, 2);
            if (version == 0) {
                lines.add("Số liệu sẽ được cập nhật sau hội nghị.");
            }
            lines.add("");
            lines.add("TM. CHI ỦY");
            lines.add("BÍ THƯ");
            return lines;
        }
        String chair = pick(random, FAMILY) + " " + pick(random, MIDDLE) + " " + pick(random, GIVEN);
        String speaker = pick(random, FAMILY) + " " + pick(random, MIDDLE) + " " + pick(random, GIVEN);
        List<String> lines = new ArrayList<>(List.of(pick(random, PARTY_BODY), unit.toUpperCase(java.util.Locale.ROOT),
                "", "BIÊN BẢN HỌP CHI BỘ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI", "",
                "Thời gian: 8 giờ 00 ngày " + (1 + random.nextInt(28)) + "/12/" + (2022 + index % 3) + ".",
                "Chủ trì: đồng chí " + chair + ".",
                "Có mặt: " + present + "/" + members + " đảng viên.", "",
                "Đồng chí " + chair + " trình bày báo cáo kiểm điểm của chi ủy.",
                "Đồng chí " + speaker + ": " + String.format(pick(random, SHORTCOMING), 1 + random.nextInt(5)),
                "Đồng chí " + chair + " tiếp thu ý kiến và đề nghị bổ sung vào báo cáo."));
        if (version == 0) {
            lines.add("Biên bản ghi tay, chưa đánh máy lại.");
        }
        lines.add("Hội nghị biểu quyết " + present + "/" + present + " tán thành.");
        lines.add("Buổi họp kết thúc lúc 11 giờ cùng ngày.");
        return lines;
    }

    private static void addSentences(List<String> lines, Random random, String[] pool, int count) {
        for (int i = 0; i < count; i++) {
            lines.add("- " + String.format(pick(random, pool), 2 + random.nextInt(40)));
        }
    }

    private static String pick(Random random, String[] pool) {
        return pool[random.nextInt(pool.length)];
    }

    private static void write(Path folder, Entry entry) throws IOException {
        Path target = folder.resolve(entry.path());
        Files.createDirectories(target.getParent());
        if (!entry.docx()) {
            Files.writeString(target, String.join("\n", entry.lines()) + "\n", StandardCharsets.UTF_8);
            return;
        }
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
            for (String line : entry.lines()) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
        }
    }
}
