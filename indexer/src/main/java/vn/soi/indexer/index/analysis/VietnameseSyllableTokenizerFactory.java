package vn.soi.indexer.index.analysis;

import java.util.Map;

import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Factory for {@link VietnameseSyllableTokenizer}. SPI name {@value #NAME}. Arguments: {@code maxTokenLength}
 * (default {@value VietnameseSyllableTokenizer#DEFAULT_MAX_TOKEN_LENGTH}); any other argument is an error.
 */
public class VietnameseSyllableTokenizerFactory extends TokenizerFactory {

    /** SPI name. */
    public static final String NAME = "vietnameseSyllable";

    private final int maxTokenLength;

    /** Creates the factory from its arguments. */
    public VietnameseSyllableTokenizerFactory(Map<String, String> args) {
        super(args);
        maxTokenLength = getInt(args, "maxTokenLength", VietnameseSyllableTokenizer.DEFAULT_MAX_TOKEN_LENGTH);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default constructor for the service loader; not for use. */
    public VietnameseSyllableTokenizerFactory() {
        throw defaultCtorException();
    }

    @Override
    public VietnameseSyllableTokenizer create(AttributeFactory factory) {
        return new VietnameseSyllableTokenizer(factory, maxTokenLength);
    }
}
