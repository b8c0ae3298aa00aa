package vn.soi.indexer.extract;

import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses embedded documents (attachments, objects in Word files, entries of archives) down to a maximum depth and
 * counts those skipped below it. One instance per parse: it holds the current depth.
 */
final class DepthLimitingEmbeddedExtractor extends ParsingEmbeddedDocumentExtractor {

    private final int maxDepth;
    private int depth;
    private int skipped;

    DepthLimitingEmbeddedExtractor(ParseContext context, int maxDepth) {
        super(context);
        this.maxDepth = maxDepth;
        // File names of attachments ("image1.png") are not text of the document.
        setWriteFileNameToContent(false);
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        if (depth >= maxDepth) {
            skipped++;
            return false;
        }
        return super.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        if (depth >= maxDepth) {
            skipped++;
            return;
        }
        depth++;
        try {
            super.parseEmbedded(stream, handler, metadata, outputHtml);
        } finally {
            depth--;
        }
    }

    /** How many embedded documents were not parsed because they lie deeper than the limit. */
    int skipped() {
        return skipped;
    }
}
