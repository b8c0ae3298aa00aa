package vn.soi.analyzer.corpus;

import java.util.List;

import vn.soi.analyzer.signal.Signal;

/** The corpus family: signals over several documents (copies across people, across years, boilerplate). */
public final class CorpusSignals {

    private CorpusSignals() {
    }

    /** Every corpus signal. */
    public static List<Signal> all() {
        return List.of(new CopiedReport(), new YearOverYearCopy(), new Boilerplate());
    }
}
