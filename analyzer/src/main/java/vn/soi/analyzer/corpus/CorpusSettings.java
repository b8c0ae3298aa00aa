package vn.soi.analyzer.corpus;

import vn.soi.analyzer.records.PhraseLexicon;
import vn.soi.analyzer.signal.SignalSettings;

/** The template's headings and stock phrases ({@code corpus/template-phrases.txt}), removed before any comparison. */
final class CorpusSettings {

    private CorpusSettings() {
    }

    static PhraseLexicon template(SignalSettings settings) {
        return new PhraseLexicon(settings.lexicon("corpus/template-phrases.txt"));
    }
}
