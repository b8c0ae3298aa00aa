package vn.soi.web.findings;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import vn.soi.analyzer.finding.Finding;
import vn.soi.indexer.index.DocumentIndex;
import vn.soi.web.account.Role;
import vn.soi.web.pseudonym.Pseudonymizer;

/** Chooses how findings are shown to an account: pseudonymised for researchers, unchanged for everyone else. */
public final class FindingMaskers {
    private final DocumentIndex index;
    private final Pseudonymizer pseudonymizer;

    /**
     * @param index the document index, where the corpus's personal names are read
     * @param pseudonymizer the server's pseudonyms
     */
    public FindingMaskers(DocumentIndex index, Pseudonymizer pseudonymizer) {
        this.index = Objects.requireNonNull(index, "index");
        this.pseudonymizer = Objects.requireNonNull(pseudonymizer, "pseudonymizer");
    }

    /**
     * @param role the reader's role
     * @param findings the stored findings (their persons are hidden too)
     * @return the masker for that reader
     * @throws IOException when the index cannot be read
     */
    public FindingMasker forRole(Role role, List<Finding> findings) throws IOException {
        Objects.requireNonNull(role, "role");
        return role == Role.RESEARCHER
                ? FindingMasker.pseudonymising(pseudonymizer, CorpusNames.collect(index, findings))
                : FindingMasker.NONE;
    }
}
