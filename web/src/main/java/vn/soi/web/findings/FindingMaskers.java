package vn.soi.web.findings;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Subject;
import vn.soi.web.account.Role;
import vn.soi.web.pseudonym.CorpusNames;
import vn.soi.web.pseudonym.Pseudonymizer;

/** Chooses how findings are shown to an account: pseudonymised for researchers, unchanged for everyone else. */
public final class FindingMaskers {
    private final CorpusNames corpus;
    private final Pseudonymizer pseudonymizer;

    /**
     * @param corpus the corpus's personal names and document paths
     * @param pseudonymizer the server's pseudonyms
     */
    public FindingMaskers(CorpusNames corpus, Pseudonymizer pseudonymizer) {
        this.corpus = Objects.requireNonNull(corpus, "corpus");
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
        if (role != Role.RESEARCHER) {
            return FindingMasker.NONE;
        }
        Set<String> names = new TreeSet<>(corpus.names());
        Set<String> paths = new TreeSet<>(corpus.paths());
        for (Finding finding : findings) {
            if (finding.subject().kind() == Subject.Kind.PERSON && !finding.subject().name().isBlank()) {
                names.add(finding.subject().name());
            }
            paths.add(finding.document());
            finding.evidence().forEach(evidence -> paths.add(evidence.document()));
        }
        return FindingMasker.pseudonymising(pseudonymizer, CorpusNames.withUnaccented(names), paths);
    }
}
