package vn.soi.indexer.index.analysis;

import java.util.Map;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link VietnameseFoldingFilter}. SPI name {@value #NAME}; it takes no arguments. Folding also runs
 * when query terms (wildcards, fuzzy terms) are normalised.
 */
public class VietnameseFoldingFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "vietnameseFolding";

    /** Creates the factory; any argument is an error. */
    public VietnameseFoldingFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default constructor for the service loader; not for use. */
    public VietnameseFoldingFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new VietnameseFoldingFilter(input);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
