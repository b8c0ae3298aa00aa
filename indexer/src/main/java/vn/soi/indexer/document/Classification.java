package vn.soi.indexer.document;

import java.util.List;
import java.util.Objects;

/** A document's type, how sure the classifier is (0 to 1), and the cues that decided it, as the user can check them. */
public record Classification(DocumentType type, double confidence, List<String> cues) {

    public Classification {
        Objects.requireNonNull(type, "type");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
        cues = List.copyOf(cues);
    }
}
