package vn.soi.analyzer.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PhraseLexiconTest {

    private final PhraseLexicon lexicon = new PhraseLexicon(List.of("chưa", "chưa khắc phục", "hạn chế"));

    @Test
    void matches_whole_syllables_only_and_prefers_the_longer_phrase() {
        List<PhraseLexicon.Match> matches = lexicon.find("Việc này Chưa khắc phục, còn hạn chế; chưakhớp.");

        assertEquals(List.of("chưa khắc phục", "hạn chế"), matches.stream().map(PhraseLexicon.Match::phrase).toList());
        assertEquals(9, matches.get(0).start());
    }

    @Test
    void blanking_keeps_offsets() {
        String text = "không có hạn chế gì";
        String blanked = lexicon.blank(text);

        assertEquals(text.length(), blanked.length());
        assertFalse(lexicon.occursIn(blanked));
        assertTrue(blanked.startsWith("không có ") && blanked.endsWith(" gì"));
    }

    @Test
    void holidays_and_weekends_are_not_working_days_and_bad_dates_are_named() {
        WorkingDays days = WorkingDays.parse(List.of("# comment", "--09-02\tQuốc khánh\tluật", "2025-01-29\tTết\tthông báo"));

        assertFalse(days.isWorkingDay(LocalDate.of(2025, 9, 2)));
        assertFalse(days.isWorkingDay(LocalDate.of(2025, 1, 29)));
        assertFalse(days.isWorkingDay(LocalDate.of(2025, 1, 25)));
        assertTrue(days.isWorkingDay(LocalDate.of(2025, 1, 30)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkingDays.parse(List.of("2025-02-30\tsai\tx")));
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("2025-02-30"), e.getMessage());
    }

    @Test
    void reads_a_decimal_point_share_and_rejects_it_when_wrong() {
        List<ShareStatement> found = ShareStatement.find("có 12/40 người, tỷ lệ 35.5%", 40);

        assertEquals(1, found.size());
        assertEquals(1, found.get(0).decimals());
        assertFalse(found.get(0).holds());
    }
}
