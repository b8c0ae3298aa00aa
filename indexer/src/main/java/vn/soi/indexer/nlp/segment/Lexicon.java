package vn.soi.indexer.nlp.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import vn.soi.indexer.normalize.VietnameseNormalizer;

/**
 * The word lists the segmenter ships with (class-path resources beside this class): family and middle names, place
 * and country names, company names, sentence-initial words and tokenizer abbreviations. One entry a line, {@code #}
 * starts a comment line. The original RDRsegmenter keeps such lists in Java code; ours are data, written for Soi.
 */
final class Lexicon {

    static final String FAMILY_NAMES = "family-names.txt";
    static final String MIDDLE_NAMES = "middle-names.txt";
    static final String LOCATIONS = "locations.txt";
    static final String COUNTRIES_MULTI = "countries-multi.txt";
    static final String COUNTRIES_SINGLE = "countries-single.txt";
    static final String COMPANIES = "companies.txt";
    static final String SENTENCE_INITIAL = "sentence-initial-words.txt";
    static final String ABBREVIATIONS = "abbreviations.txt";

    private Lexicon() {
    }

    /** Entries of a list, canonicalised ({@link VietnameseNormalizer#canonical}) and lower-cased. */
    static Set<String> lowerCase(String resource) {
        Set<String> out = new LinkedHashSet<>();
        for (String entry : raw(resource)) {
            out.add(VietnameseNormalizer.canonical(entry).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** Entries of a list as written (only trimmed), in file order. */
    static Set<String> raw(String resource) {
        InputStream stream = Lexicon.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("segmenter word list missing from the class path: " + resource);
        }
        Set<String> out = new LinkedHashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    out.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read segmenter word list " + resource, e);
        }
        return out;
    }
}
