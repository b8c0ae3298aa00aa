package vn.soi.analyzer.signal;

import java.util.List;
import java.util.Set;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.indexer.document.ParsedDocument;

/**
 * One kind of formalism that Soi flags. A signal sees the corpus as a stream: a run {@link #start starts} a session,
 * which {@link Session#observe observes} every document once, in no guaranteed order, and then
 * {@link Session#finish finishes} with its findings. So a signal keeps only what it needs (per-document measures,
 * sketches, register rows), and analysis memory stays bounded however large the corpus is. A signal declares what it
 * {@link #requires requires} so the analysis can check, at start-up, that the corpus provides it.
 */
public interface Signal {

    /** The catalogue ID. */
    SignalId id();

    /** What the signal needs from the documents. */
    Set<Requirement> requires();

    /** Starts one analysis run. */
    Session start(AnalysisContext context);

    /** One run of a signal over the corpus. Not shared between threads. */
    interface Session {

        /** Sees one document. */
        void observe(ParsedDocument document);

        /** All documents have been seen: the findings of this run. */
        List<Finding> finish();
    }
}
