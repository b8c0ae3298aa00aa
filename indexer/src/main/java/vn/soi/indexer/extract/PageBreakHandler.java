package vn.soi.indexer.extract;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Writes a form feed {@code '\f'} between the pages Tika marks as {@code <div class="page">} (PDF pages), so that the
 * normaliser can find headers and footers repeated on every page.
 */
final class PageBreakHandler extends ContentHandlerDecorator {

    private static final char[] FORM_FEED = {'\f'};

    private int pages;

    PageBreakHandler(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
        if ("div".equals(localName) && "page".equals(attributes.getValue("class")) && pages++ > 0) {
            super.characters(FORM_FEED, 0, FORM_FEED.length);
        }
        super.startElement(uri, localName, name, attributes);
    }
}
