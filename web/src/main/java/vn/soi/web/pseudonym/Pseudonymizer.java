package vn.soi.web.pseudonym;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stable pseudonyms for personal names: {@code "Người 7F3A-91C2"}, the first 32 bits of HMAC-SHA256(key, name) with the
 * name in NFC, lower case, single-spaced. The same name always gets the same pseudonym under the same key; without
 * the key the pseudonym reveals nothing about the name. 32 bits make an accidental clash unlikely in a corpus of
 * thousands of people (about one chance in 100 for 10,000 names).
 */
public final class Pseudonymizer {
    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "Người ";

    private final SecretKeySpec key;

    /**
     * @param key the secret key, at least {@value SecretKeyFile#KEY_BYTES} bytes (copied)
     */
    public Pseudonymizer(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < SecretKeyFile.KEY_BYTES) {
            throw new IllegalArgumentException("pseudonym key must have at least " + SecretKeyFile.KEY_BYTES
                    + " bytes, got " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /**
     * @param keyFile the server's key file, created on first use
     * @return a pseudonymizer with that key
     * @throws IOException when the key file cannot be read or created
     */
    public static Pseudonymizer fromKeyFile(Path keyFile) throws IOException {
        return new Pseudonymizer(SecretKeyFile.loadOrCreate(keyFile));
    }

    /**
     * @param personName a personal name, e.g. {@code "Nguyễn Văn A"}
     * @return its pseudonym, e.g. {@code "Người 7F3A-91C2"}; the same for the same name in any case or spacing
     */
    public String pseudonym(String personName) {
        Objects.requireNonNull(personName, "personName");
        byte[] digest = mac().doFinal(canonical(personName).getBytes(StandardCharsets.UTF_8));
        String hex = HexFormat.of().withUpperCase().formatHex(digest, 0, 4);
        return PREFIX + hex.substring(0, 4) + "-" + hex.substring(4);
    }

    /**
     * @param personNames the names to hide
     * @return a replacer of those names by their pseudonyms, reusable for many texts
     */
    public NameReplacer replacerFor(Collection<String> personNames) {
        return new NameReplacer(personNames, this::pseudonym);
    }

    /**
     * @param text a text in NFC (as the indexer produces)
     * @param personNames the names to hide
     * @return the text with every whole-word occurrence of the names replaced by their pseudonyms
     */
    public String replaceNames(String text, Collection<String> personNames) {
        return replacerFor(personNames).replace(text);
    }

    static String canonical(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("the Java runtime cannot compute " + ALGORITHM, e);
        }
    }
}
