package vn.soi.indexer.index.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import vn.soi.indexer.nlp.segment.ModelLocation;
import vn.soi.indexer.nlp.segment.WordSegmenter;

/**
 * Factory for {@link VietnameseWordFilter}, SPI name {@value #NAME}.
 *
 * <p>Parameter {@code models}: VnCoreNLP's {@code models} folder (or its {@code wordsegmenter} folder); when left
 * out, the {@value ModelLocation#ENVIRONMENT_VARIABLE} environment variable is used. With no model at all the factory
 * passes syllables through unchanged (and the absence is logged once). Any other parameter is an error.
 */
public final class VietnameseWordFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "vietnameseWord";

    private final WordSegmenter segmenter;

    /** Creates the factory from its parameters; loads the model (once per folder). */
    public VietnameseWordFilterFactory(Map<String, String> args) {
        super(args);
        String models = get(args, "models");
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters for " + NAME + ": " + args);
        }
        try {
            this.segmenter = ModelLocation.resolve(models).segmenter().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the word-segmentation model for " + NAME + ": "
                    + e.getMessage(), e);
        }
    }

    /** Default constructor for the service loader only. */
    public VietnameseWordFilterFactory() {
        throw defaultCtorException();
    }

    /** True when a model was found, so that {@link #create} adds words. */
    public boolean segments() {
        return segmenter != null;
    }

    @Override
    public TokenStream create(TokenStream input) {
        return segmenter == null ? input : new VietnameseWordFilter(input, segmenter);
    }
}
