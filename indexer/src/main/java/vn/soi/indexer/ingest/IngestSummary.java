package vn.soi.indexer.ingest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.soi.indexer.document.DocumentType;

/** The outcome of every file of an ingest run, with the counts a user reads at the end. */
public record IngestSummary(List<IngestOutcome> outcomes) {

    public IngestSummary {
        outcomes = List.copyOf(outcomes);
    }

    public List<IngestOutcome.Ingested> ingested() {
        return only(IngestOutcome.Ingested.class);
    }

    public List<IngestOutcome.Unchanged> unchanged() {
        return only(IngestOutcome.Unchanged.class);
    }

    public List<IngestOutcome.Failed> failed() {
        return only(IngestOutcome.Failed.class);
    }

    public List<IngestOutcome.Skipped> skipped() {
        return only(IngestOutcome.Skipped.class);
    }

    /** How many documents of each type were ingested in this run. */
    public Map<DocumentType, Integer> ingestedByType() {
        Map<DocumentType, Integer> counts = new EnumMap<>(DocumentType.class);
        ingested().forEach(i -> counts.merge(i.type(), 1, Integer::sum));
        return counts;
    }

    /** True when no file failed. */
    public boolean succeeded() {
        return failed().isEmpty();
    }

    private <T extends IngestOutcome> List<T> only(Class<T> kind) {
        return outcomes.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
