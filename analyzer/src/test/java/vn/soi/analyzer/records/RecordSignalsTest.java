package vn.soi.analyzer.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.SignalId;
import vn.soi.analyzer.signal.AnalysisContext;
import vn.soi.analyzer.signal.Signal;

class RecordSignalsTest {

    @Test
    void lists_every_records_signal_once_and_each_starts_with_the_shipped_seeds() {
        List<Signal> all = RecordSignals.all();

        assertEquals(8, all.size());
        assertTrue(all.stream().allMatch(s -> s.id().family() == SignalId.Family.RECORDS));
        assertEquals(8, all.stream().map(Signal::id).distinct().count());
        all.forEach(s -> assertTrue(s.start(AnalysisContext.standard()).finish().isEmpty()));
    }

    @Test
    void picks_the_rule_in_force_for_the_review_year() {
        RulesByYear rules = RulesByYear.load();

        assertTrue(rules.forYear(2020).text("regulation").startsWith("Quy định 132-QĐ/TW"));
        assertTrue(rules.forYear(2023).text("regulation").startsWith("Quy định 124-QĐ/TW"));
        assertTrue(rules.forYear(2025).text("regulation").startsWith("Quy định 366-QĐ/TW"));
        assertEquals(20, rules.forYear(2025).decimal("quota.percent"));
    }

    @Test
    void rejects_overlapping_year_ranges_naming_the_key() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RulesByYear.parse(List.of(
                "quota.percent\t2018\t2024\t20\tsrc", "quota.percent\t2024\t2100\t25\tsrc")));
        assertTrue(e.getMessage().contains("quota.percent"), e.getMessage());
    }
}
