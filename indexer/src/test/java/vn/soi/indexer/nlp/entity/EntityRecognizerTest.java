package vn.soi.indexer.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class EntityRecognizerTest {

    private static final EntityRecognizer RECOGNIZER = EntityRecognizer.standard();

    /** The entities of a sentence as {@code KIND:text}, in order. */
    private static List<String> found(String text) {
        return RECOGNIZER.find(text).stream().map(e -> e.kind() + ":" + e.text()).toList();
    }

    private static List<String> people(String text) {
        return RECOGNIZER.find(text).stream().filter(e -> e.kind() == EntityKind.PERSON).map(Entity::text).toList();
    }

    @Test
    void finds_a_full_name_without_a_title() {
        assertEquals(List.of("PERSON:Nguyễn Văn An"), found("Bản kiểm điểm của Nguyễn Văn An được thông qua."));
    }

    @Test
    void keeps_titles_out_of_the_name_span() {
        assertEquals(List.of("Trần Thị Bình", "Lê Hoàng Nam", "Phạm Minh Tuấn", "Đỗ Quang Hải", "Vũ Thị Hạnh",
                        "Bùi Đức Long"),
                people("Đồng chí Trần Thị Bình, đ/c Lê Hoàng Nam, ông Phạm Minh Tuấn, bà Đỗ Quang Hải, "
                        + "chị Vũ Thị Hạnh và anh Bùi Đức Long dự họp."));
    }

    @Test
    void reads_given_names_that_are_also_titles_inside_a_name() {
        assertEquals(List.of("Nguyễn Thị Anh", "Lê Thị Anh Thư"),
                people("Đồng chí Nguyễn Thị Anh và Lê Thị Anh Thư dự họp."));
    }

    @Test
    void reads_a_name_quickly_enough_for_whole_documents() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append("Đồng chí Nguyễn Văn An, Phó Bí thư Chi bộ Phòng Tài chính - Kế hoạch huyện Tân Phú, "
                    + "góp ý với Ủy ban nhân dân xã Hòa An về việc chậm giải ngân.\n");
        }
        RECOGNIZER.find(text.substring(0, 20_000));
        long started = System.nanoTime();
        List<Entity> entities = RECOGNIZER.find(text.toString());
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("entities: " + text.length() + " characters in " + millis + " ms");
        assertEquals(2000 * 4, entities.size());
        assertTrue(millis < 5000, "took " + millis + " ms for " + text.length() + " characters");
    }

    @Test
    void takes_a_given_name_alone_after_a_title() {
        assertEquals(List.of("Hùng", "Lan"), people("Đồng chí Hùng góp ý, chị Lan tiếp thu."));
    }

    @Test
    void reads_initials_in_both_spellings() {
        assertEquals(List.of("Nguyễn V. An", "N.V.A"), people("Ông Nguyễn V. An và đồng chí N.V.A đã ký."));
    }

    @Test
    void leaves_a_sentence_final_dot_out_of_initials() {
        assertEquals(List.of("Trần Văn B"), people("Người ký là đồng chí Trần Văn B. Đồng chí đã nhận."));
    }

    @Test
    void reads_all_caps_names_in_headers_with_their_title_case_form() {
        List<Entity> entities = RECOGNIZER.find("NGƯỜI TỰ KIỂM ĐIỂM\nNGUYỄN VĂN AN\n");
        assertEquals(1, entities.size());
        assertEquals("NGUYỄN VĂN AN", entities.get(0).text());
        assertEquals("Nguyễn Văn An", entities.get(0).normalized());
    }

    @Test
    void does_not_read_all_caps_headings_as_names() {
        assertEquals(List.of(), people("BẢN KIỂM ĐIỂM CÁ NHÂN\nPHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC\nĐỒNG CHÍ BÍ THƯ\n"
                + "TĂNG CƯỜNG CÔNG TÁC KIỂM TRA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    }

    @Test
    void does_not_take_street_names_for_people() {
        assertEquals(List.of(), people("Trụ sở tại số 12 đường Trần Hưng Đạo, gần phố Lê Lợi và đường Hai Bà Trưng."));
    }

    @Test
    void does_not_take_ho_chi_minh_thought_or_city_for_a_person() {
        assertEquals(List.of(), found("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; "
                + "tìm hiểu về Chủ tịch Hồ Chí Minh."));
        assertEquals(List.of(), people("Đoàn công tác đến Hồ Chí Minh vào tháng 5."));
    }

    @Test
    void does_not_take_place_names_for_people() {
        assertEquals(List.of(), people("Hà Nội, ngày 5 tháng 1 năm 2025. Lâm Đồng và Thái Bình đã báo cáo."));
    }

    @Test
    void does_not_take_sentence_initial_capitals_for_people() {
        assertEquals(List.of(), people("Tăng cường kiểm tra. Vi phạm phải xử lý. Trần nhà văn hóa đã sửa. "
                + "Phương hướng năm tới. Hồ sơ đã nộp."));
    }

    @Test
    void does_not_read_a_person_inside_a_unit_named_after_them() {
        assertEquals(List.of("UNIT:Trường Trung học cơ sở Nguyễn Du", "UNIT:Trường THPT Lê Lợi"),
                found("Trường Trung học cơ sở Nguyễn Du và Trường THPT Lê Lợi đạt chuẩn."));
    }

    @Test
    void finds_positions_by_longest_match_with_their_role() {
        List<Entity> entities = RECOGNIZER.find("Phó Bí thư Thường trực, chi ủy viên, Kế toán trưởng, hiệu phó");
        assertEquals(List.of("Phó Bí thư Thường trực", "chi ủy viên", "Kế toán trưởng", "hiệu phó"),
                entities.stream().map(Entity::text).toList());
        assertTrue(entities.stream().allMatch(e -> e.kind() == EntityKind.POSITION));
        assertEquals(Optional.of(new PositionRole(PositionRole.Side.PARTY, PositionRole.Level.DEPUTY)),
                RECOGNIZER.positionRole(entities.get(0).normalized()));
        assertEquals(PositionRole.Level.LEADERSHIP, RECOGNIZER.positionRole("Chi ủy viên").orElseThrow().level());
        assertEquals(PositionRole.Level.HEAD, RECOGNIZER.positionRole("HIỆU TRƯỞNG").orElseThrow().level());
        assertEquals(Optional.empty(), RECOGNIZER.positionRole("đảng viên"));
    }

    @Test
    void separates_a_position_from_the_unit_and_the_person_that_follow() {
        assertEquals(List.of("PERSON:Lê Văn Bình", "POSITION:Bí thư", "UNIT:Chi bộ Phòng Tài chính - Kế hoạch",
                        "POSITION:Giám đốc", "UNIT:Sở Xây dựng"),
                found("Đồng chí Lê Văn Bình, Bí thư Chi bộ Phòng Tài chính - Kế hoạch, Giám đốc Sở Xây dựng."));
    }

    @Test
    void keeps_nested_administrative_levels_inside_one_unit() {
        assertEquals(List.of("POSITION:Chủ tịch", "UNIT:Ủy ban nhân dân xã Hòa An", "UNIT:Bệnh viện Đa khoa tỉnh"),
                found("Chủ tịch Ủy ban nhân dân xã Hòa An làm việc với Bệnh viện Đa khoa tỉnh về dịch bệnh."));
    }

    @Test
    void ends_a_unit_name_before_running_text() {
        assertEquals(List.of("UNIT:Phòng Giáo dục và Đào tạo", "UNIT:Hợp tác xã Nông nghiệp Hòa An"),
                found("Phòng Giáo dục và Đào tạo thay đổi mẫu biểu; Hợp tác xã Nông nghiệp Hòa An thua lỗ."));
    }

    @Test
    void splits_two_units_joined_by_and() {
        assertEquals(List.of("UNIT:Phòng Nội vụ", "UNIT:Phòng Tài chính - Kế hoạch"),
                found("Phối hợp với Phòng Nội vụ và Phòng Tài chính - Kế hoạch."));
    }

    @Test
    void reads_all_caps_header_units_up_to_the_cell_break() {
        assertEquals(List.of("UNIT:ĐẢNG BỘ TỈNH BÌNH LÂM", "UNIT:CHI BỘ TRƯỜNG TIỂU HỌC HÒA BÌNH"),
                found("ĐẢNG BỘ TỈNH BÌNH LÂM          ĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ TRƯỜNG TIỂU HỌC HÒA BÌNH\n"));
        assertEquals(List.of("UNIT:CHI ỦY CHI BỘ TRƯỜNG TIỂU HỌC HÒA BÌNH"),
                found("BÁO CÁO KIỂM ĐIỂM TẬP THỂ CHI ỦY CHI BỘ TRƯỜNG TIỂU HỌC HÒA BÌNH NĂM 2024"));
    }

    @Test
    void needs_a_name_after_a_unit_word_except_for_named_bodies() {
        assertEquals(List.of(), found("Các chi bộ đã họp; phòng họp rộng; tổ chức cơ sở Đảng vững mạnh; xã hội ổn định."));
        assertEquals(List.of("UNIT:Huyện ủy", "POSITION:Bí thư", "UNIT:Chi bộ"),
                found("Theo chỉ đạo của Huyện ủy, Bí thư Chi bộ đã báo cáo."));
    }

    @Test
    void does_not_take_a_heading_in_capitals_for_a_unit() {
        assertEquals(List.of(), found("BIÊN BẢN HỌP CHI BỘ"));
        assertEquals(List.of("UNIT:BAN THƯỜNG VỤ"), found("T/M BAN THƯỜNG VỤ"));
    }

    @Test
    void gives_offsets_into_the_text_and_normalised_forms() {
        String text = "Đ/c Nguyễn Thị Lan, Trưởng phòng Phòng Nội vụ.";
        for (Entity e : RECOGNIZER.find(text)) {
            assertEquals(e.text(), text.substring(e.start(), e.end()));
        }
        assertEquals(List.of("Nguyễn Thị Lan", "trưởng phòng", "phòng nội vụ"),
                RECOGNIZER.find(text).stream().map(Entity::normalized).toList());
    }

    @Test
    void is_safe_to_share_between_threads() throws Exception {
        String text = "Đồng chí Nguyễn Văn An, Bí thư Chi bộ Phòng Nội vụ, góp ý với ông Trần Văn Bình.";
        List<Entity> expected = RECOGNIZER.find(text);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Entity>>> results = pool.invokeAll(java.util.Collections.nCopies(8,
                    () -> RECOGNIZER.find(text)));
            for (Future<List<Entity>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void rejects_null_text_with_a_named_error() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RECOGNIZER.find(null));
        assertTrue(e.getMessage().contains("text"));
    }
}
