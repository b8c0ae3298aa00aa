package vn.soi.analyzer.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.SignalId;
import vn.soi.analyzer.signal.AnalysisContext;
import vn.soi.analyzer.signal.Signal;

class CorpusSignalsTest {

    @Test
    void lists_the_three_corpus_signals_and_each_starts_with_the_shipped_settings() {
        List<Signal> all = CorpusSignals.all();

        assertEquals(List.of(SignalId.COPIED_REPORT, SignalId.YEAR_OVER_YEAR_COPY, SignalId.BOILERPLATE),
                all.stream().map(Signal::id).toList());
        all.forEach(s -> assertTrue(s.start(AnalysisContext.standard()).finish().isEmpty()));
    }

    @Test
    void bottom_k_sketches_of_small_sets_give_exact_jaccard_and_containment() {
        BottomK a = BottomK.of(new int[] {1, 2, 3, 4}, 16);
        BottomK b = BottomK.of(new int[] {3, 4, 5, 6, 7, 8}, 16);

        double j = a.jaccard(b);
        assertEquals(2 / 8.0, j, 1e-9);
        assertEquals(0.5, a.containedIn(b, j), 1e-9);
        assertEquals(2 / 6.0, b.containedIn(a, j), 1e-9);
    }
}
