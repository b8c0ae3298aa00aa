package vn.soi.corpora;

import java.nio.file.Path;
import java.util.Map;

/**
 * What {@link CorpusGenerator#generate} wrote.
 *
 * @param out       the corpus root
 * @param labels    the {@code labels.json} written
 * @param documents number of files written (documents and registers)
 * @param byType    files per document type
 * @param byFormat  files per format
 * @param bySignal  labels per signal (file expectations, pairs and unit entries)
 */
public record GenerationSummary(Path out, Path labels, int documents, Map<String, Integer> byType,
                                Map<String, Integer> byFormat, Map<String, Integer> bySignal) {
    public GenerationSummary {
        byType = Map.copyOf(byType);
        byFormat = Map.copyOf(byFormat);
        bySignal = Map.copyOf(bySignal);
    }
}
