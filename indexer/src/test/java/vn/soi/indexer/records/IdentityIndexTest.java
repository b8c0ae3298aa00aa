package vn.soi.indexer.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.soi.indexer.document.Rating;

class IdentityIndexTest {

    @Test
    void person_keys_ignore_case_and_repeated_spaces() {
        assertEquals(PersonKey.of("Nguyễn  Văn An", "Phòng  Tổ chức"), PersonKey.of("nguyễn văn an", "phòng tổ chức"));
        assertEquals(new PersonKey("nguyễn văn an", "phòng tổ chức"), PersonKey.of(" NGUYỄN\u00A0VĂN AN ", "Phòng Tổ chức"));
    }

    @Test
    void person_keys_fold_unicode_forms_but_keep_diacritics() {
        String decomposed = java.text.Normalizer.normalize("Nguyễn Văn An", java.text.Normalizer.Form.NFD);

        assertEquals(PersonKey.of("Nguyễn Văn An", "Sở Y tế"), PersonKey.of(decomposed, "Sở Y tế"));
        assertNotEquals(PersonKey.of("Lê Văn An", "Sở Y tế"), PersonKey.of("Lệ Văn An", "Sở Y tế"));
    }

    @Test
    void collective_keys_use_the_normalised_unit() {
        assertEquals(CollectiveKey.of("Đảng ủy  Phường 5"), CollectiveKey.of("đảng ủy phường 5"));
        assertThrows(IllegalArgumentException.class, () -> new CollectiveKey("Đảng ủy Phường 5"));
    }

    @Test
    void groups_rows_of_one_person_written_differently() {
        RatingRecord a = rating("Nguyễn  Văn An", "Phòng Kế toán", "", 2023, Rating.GOOD, 2);
        RatingRecord b = rating("nguyễn văn an", "phòng kế toán", "", 2024, Rating.COMPLETED, 3);

        IdentityIndex index = IdentityIndex.of(List.of(a, b));

        assertEquals(List.of(a, b), index.records(PersonKey.of("Nguyễn Văn An", "Phòng Kế toán")));
        assertEquals(List.of(), index.ambiguities());
    }

    @Test
    void reports_two_ratings_in_one_year_as_ambiguous_instead_of_choosing() {
        RatingRecord a = rating("Nguyễn Văn An", "Phòng Kế toán", "Kế toán viên", 2024, Rating.GOOD, 2);
        RatingRecord b = rating("NGUYỄN VĂN AN", "Phòng Kế toán", "Trưởng phòng", 2024, Rating.EXCELLENT, 7);

        IdentityIndex index = IdentityIndex.of(List.of(a, b));

        assertEquals(List.of(a, b), index.records(PersonKey.of("nguyễn văn an", "phòng kế toán")));
        List<Ambiguity.Reason> reasons = index.ambiguities().stream().map(Ambiguity::reason).toList();
        assertEquals(List.of(Ambiguity.Reason.TWO_RATINGS_SAME_YEAR, Ambiguity.Reason.DIFFERENT_POSITIONS_SAME_YEAR),
                reasons);
        assertEquals(List.of(a, b), index.ambiguities().get(0).records());
    }

    @Test
    void keys_collectives_by_unit_and_reports_different_collectives_in_one_unit() {
        DisciplineRecord cell = new DisciplineRecord("Chi bộ Phòng Hành chính", true, "Sở Công Thương", "",
                DisciplineForm.REPRIMAND, LocalDate.of(2024, 1, 4), "", "", 2, Map.of());
        RatingRecord board = new RatingRecord("Ban Giám đốc", true, "sở công thương", "", 2024, Rating.COMPLETED, 2,
                Map.of());

        IdentityIndex index = IdentityIndex.of(List.of(cell, board));

        assertEquals(List.of(cell, board), index.records(CollectiveKey.of("Sở Công Thương")));
        assertEquals(Ambiguity.Reason.DIFFERENT_COLLECTIVES_SAME_UNIT, index.ambiguities().get(0).reason());
    }

    private static RatingRecord rating(String name, String unit, String position, int year, Rating level, int row) {
        return new RatingRecord(name, false, unit, position, year, level, row, Map.of());
    }
}
