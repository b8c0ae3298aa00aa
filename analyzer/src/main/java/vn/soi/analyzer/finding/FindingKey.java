package vn.soi.analyzer.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * The stable key of a finding: a hash of the signal, the subject and the sorted content hashes of the documents
 * involved. Re-running the analysis on the same documents gives the same keys, so a review decision recorded
 * against a key follows its finding; a changed document gives a new key, and a new decision is due.
 */
public final class FindingKey {

    private FindingKey() {
    }

    public static String of(SignalId signal, Subject subject, Collection<String> contentHashes) {
        StringBuilder material = new StringBuilder(signal.name()).append('\n')
                .append(subject.kind()).append('\n').append(subject.name()).append('\n')
                .append(subject.unit()).append('\n').append(subject.year());
        for (String hash : new TreeSet<>(contentHashes)) {
            material.append('\n').append(hash);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(material.toString().getBytes(StandardCharsets.UTF_8));
            return signal.name().toLowerCase(java.util.Locale.ROOT) + "-" + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256, which Java requires", e);
        }
    }
}
