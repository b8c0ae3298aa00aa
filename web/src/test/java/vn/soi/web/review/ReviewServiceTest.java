package vn.soi.web.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soi.web.store.SoiDatabase;

class ReviewServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private ReviewService open() {
        return new ReviewService(SoiDatabase.open(folder.resolve("soi.db")), CLOCK);
    }

    @Test
    void history_keeps_both_decisions_and_survives_a_reopen() {
        ReviewService reviews = open();
        reviews.decide("COPY:a.docx|b.docx", ReviewStatus.FOLLOW_UP, "Cần đối chiếu bản gốc.", "bantochuc");
        reviews.decide("COPY:a.docx|b.docx", ReviewStatus.CONFIRMED, "Sao chép gần như nguyên văn.", "kiemtra");

        List<ReviewDecision> history = open().history("COPY:a.docx|b.docx");
        assertEquals(2, history.size());
        assertEquals(ReviewStatus.FOLLOW_UP, history.get(0).status());
        assertEquals("Cần đối chiếu bản gốc.", history.get(0).note());
        assertEquals("bantochuc", history.get(0).decidedBy());
        assertEquals(ReviewStatus.CONFIRMED, history.get(1).status());
        assertEquals("kiemtra", history.get(1).decidedBy());
        assertEquals(Instant.parse("2026-11-23T08:00:00Z"), history.get(1).decidedAt());
        assertEquals(ReviewStatus.CONFIRMED, open().status("COPY:a.docx|b.docx"));
    }

    @Test
    void a_finding_never_decided_is_open_with_empty_history() {
        ReviewService reviews = open();
        assertEquals(ReviewStatus.OPEN, reviews.status("chưa-ai-xem"));
        assertTrue(reviews.history("chưa-ai-xem").isEmpty());
        assertTrue(reviews.latest("chưa-ai-xem").isEmpty());
    }

    @Test
    void latest_decisions_give_the_current_status_of_every_decided_finding() {
        ReviewService reviews = open();
        reviews.decide("k1", ReviewStatus.CONFIRMED, "", "a");
        reviews.decide("k2", ReviewStatus.DISMISSED, null, "a");
        reviews.decide("k1", ReviewStatus.OPEN, "Mở lại để xem thêm.", "b");
        var latest = reviews.latestDecisions();
        assertEquals(2, latest.size());
        assertEquals(ReviewStatus.OPEN, latest.get("k1").status());
        assertEquals("b", latest.get("k1").decidedBy());
        assertEquals(ReviewStatus.DISMISSED, latest.get("k2").status());
        assertEquals("", latest.get("k2").note());
    }

    @Test
    void rejects_bad_keys_notes_and_reviewers_naming_them() {
        ReviewService reviews = open();
        assertThrows(IllegalArgumentException.class, () -> reviews.decide(" ", ReviewStatus.OPEN, "", "a"));
        assertThrows(IllegalArgumentException.class,
                () -> reviews.decide("k".repeat(513), ReviewStatus.OPEN, "", "a"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> reviews.decide("k", ReviewStatus.OPEN, "x".repeat(4_001), "a")).getMessage().contains("4001"));
        assertThrows(IllegalArgumentException.class, () -> reviews.decide("k", ReviewStatus.OPEN, "", ""));
        assertTrue(reviews.history("k").isEmpty());
    }

    @Test
    void status_codes_round_trip() {
        for (ReviewStatus status : ReviewStatus.values()) {
            assertEquals(status, ReviewStatus.fromCode(status.code()));
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ReviewStatus.fromCode("done")).getMessage()
                .contains("'done'"));
    }
}
