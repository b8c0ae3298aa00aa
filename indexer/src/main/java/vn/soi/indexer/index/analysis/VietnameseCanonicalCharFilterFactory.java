package vn.soi.indexer.index.analysis;

import java.io.Reader;
import java.util.Map;

import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Factory for {@link VietnameseCanonicalCharFilter}. SPI name {@value #NAME}; it takes no arguments. The same filter
 * runs when query terms (wildcards, fuzzy terms) are normalised, so queries and documents agree.
 */
public class VietnameseCanonicalCharFilterFactory extends CharFilterFactory {

    /** SPI name. */
    public static final String NAME = "vietnameseCanonical";

    /** Creates the factory; any argument is an error. */
    public VietnameseCanonicalCharFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default constructor for the service loader; not for use. */
    public VietnameseCanonicalCharFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public Reader create(Reader input) {
        return new VietnameseCanonicalCharFilter(input);
    }

    @Override
    public Reader normalize(Reader input) {
        return create(input);
    }
}
