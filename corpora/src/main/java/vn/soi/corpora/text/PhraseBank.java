package vn.soi.corpora.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The generator's data files: sentence templates, vocabularies and name lists under
 * {@code /vn/soi/corpora/}, one entry a line, {@code #} starting a comment. Loaded once and cached.
 */
public final class PhraseBank {

    private static final String ROOT = "/vn/soi/corpora/";
    private static final PhraseBank SHARED = new PhraseBank();

    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    private PhraseBank() {
    }

    /** The shared, thread-safe instance. */
    public static PhraseBank shared() {
        return SHARED;
    }

    /** True when the resource {@code name}.txt exists (e.g. {@code kinds/school/results}). */
    public boolean has(String name) {
        return !lines(name, false).isEmpty();
    }

    /**
     * The entries of {@code name}.txt.
     *
     * @throws IllegalStateException naming the resource when it is missing or empty
     */
    public List<String> lines(String name) {
        return lines(name, true);
    }

    /** One entry drawn uniformly. */
    public String pick(String name, SplittableRandom rng) {
        List<String> all = lines(name);
        return all.get(rng.nextInt(all.size()));
    }

    private List<String> lines(String name, boolean required) {
        List<String> found = cache.computeIfAbsent(name, this::load);
        if (required && found.isEmpty()) {
            throw new IllegalStateException("phrase bank " + ROOT + name + ".txt is missing or empty");
        }
        return found;
    }

    private List<String> load(String name) {
        String path = ROOT + name + ".txt";
        try (InputStream in = PhraseBank.class.getResourceAsStream(path)) {
            if (in == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String t = line.strip();
                    if (!t.isEmpty() && !t.startsWith("#")) {
                        out.add(Normalizer.normalize(t, Normalizer.Form.NFC));
                    }
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read phrase bank " + path, e);
        }
    }
}
