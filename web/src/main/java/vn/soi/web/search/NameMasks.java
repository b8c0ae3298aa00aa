package vn.soi.web.search;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import vn.soi.web.account.Role;
import vn.soi.web.pseudonym.Pseudonymizer;
import vn.soi.web.security.SessionUser;

/** Gives each user the {@link NameMask} of their role: researchers see pseudonyms, everybody else names. */
public final class NameMasks {
    private final Pseudonymizer pseudonymizer;
    private final CorpusNames corpusNames;
    private Set<String> cachedNames;
    private NameMask cachedMask;

    /**
     * @param pseudonymizer computes pseudonyms
     * @param corpusNames the names known in the index
     */
    public NameMasks(Pseudonymizer pseudonymizer, CorpusNames corpusNames) {
        this.pseudonymizer = Objects.requireNonNull(pseudonymizer, "pseudonymizer");
        this.corpusNames = Objects.requireNonNull(corpusNames, "corpusNames");
    }

    /**
     * @param user the signed-in account
     * @param moreNames names to hide besides those of the index (e.g. the subjects of findings on the page)
     * @return the mask for that account
     * @throws IOException when the index cannot be read
     */
    public NameMask forUser(SessionUser user, Collection<String> moreNames) throws IOException {
        if (user.role() != Role.RESEARCHER) {
            return NameMask.none();
        }
        Set<String> known = corpusNames.names();
        Set<String> extra = new LinkedHashSet<>(CorpusNames.withUnaccented(moreNames));
        extra.removeAll(known);
        if (!extra.isEmpty()) {
            extra.addAll(known);
            return NameMask.hiding(pseudonymizer, extra);
        }
        synchronized (this) {
            // The replacer's pattern is built once per set of corpus names, that is once per index commit.
            if (cachedNames != known) {
                cachedMask = NameMask.hiding(pseudonymizer, known);
                cachedNames = known;
            }
            return cachedMask;
        }
    }
}
