package vn.soi.indexer.index;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.soi.indexer.document.DocumentType;

/**
 * One hit, as in the search-hit contract of {@code interfaces.md}: {@code document} is the path as given to ingest;
 * {@code unit}, {@code person} and {@code year} are the document's first such values ({@code null} when it has none);
 * {@code snippets} best first. {@code id} is the document's id, for {@code soi show} and the document view.
 */
public record SearchHit(String id, String document, DocumentType documentType, String title, String unit,
                        String person, Integer year, float score, List<Snippet> snippets) {

    public SearchHit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(title, "title");
        snippets = List.copyOf(snippets);
    }

    /** The snippets' HTML, best first: the {@code snippets} of the JSON contract. */
    public List<String> snippetHtml() {
        return snippets.stream().map(Snippet::html).toList();
    }

    /** The passage the document view should open at. */
    public Optional<Snippet> bestSnippet() {
        return snippets.stream().findFirst();
    }
}
