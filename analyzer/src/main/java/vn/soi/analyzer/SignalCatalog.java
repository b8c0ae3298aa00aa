package vn.soi.analyzer;

import java.util.ArrayList;
import java.util.List;

import vn.soi.analyzer.content.ContentSignals;
import vn.soi.analyzer.corpus.CorpusSignals;
import vn.soi.analyzer.records.RecordSignals;
import vn.soi.analyzer.signal.Signal;

/** Every signal Soi runs, in catalogue order: content, corpus, records. */
public final class SignalCatalog {

    private SignalCatalog() {
    }

    /** A fresh instance of every signal. */
    public static List<Signal> all() {
        List<Signal> all = new ArrayList<>(ContentSignals.all());
        all.addAll(CorpusSignals.all());
        all.addAll(RecordSignals.all());
        return List.copyOf(all);
    }
}
