package vn.soi.indexer.index;

import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.soi.indexer.document.DocumentJson;

/**
 * The JSON Lines form of a hit, as in the search-hit contract of {@code interfaces.md}: {@code document},
 * {@code documentType}, {@code title}, {@code unit}, {@code person}, {@code year}, {@code score}, {@code snippets}
 * (the HTML strings, best first), followed by {@code id} and {@code passages} (the offsets of each snippet in the
 * normalised text: {@code start}, {@code end}, {@code matchStart}, {@code matchEnd}, in the order of the snippets).
 */
public final class SearchHitJson {

    private SearchHitJson() {
    }

    /** One line of compact JSON, without a line break. */
    public static String toJsonLine(SearchHit hit) {
        ObjectNode node = DocumentJson.mapper().createObjectNode();
        node.put("document", hit.document());
        node.put("documentType", hit.documentType().name());
        node.put("title", hit.title());
        node.put("unit", hit.unit());
        node.put("person", hit.person());
        node.put("year", hit.year());
        node.put("score", hit.score());
        ArrayNode snippets = node.putArray("snippets");
        hit.snippetHtml().forEach(snippets::add);
        node.put("id", hit.id());
        ArrayNode passages = node.putArray("passages");
        for (Snippet snippet : hit.snippets()) {
            passages.addObject()
                    .put("start", snippet.start())
                    .put("end", snippet.end())
                    .put("matchStart", snippet.matchStart())
                    .put("matchEnd", snippet.matchEnd());
        }
        try {
            return DocumentJson.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write search hit " + hit.id() + " as JSON", e);
        }
    }
}
