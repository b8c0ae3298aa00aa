package vn.soi.analyzer.content;

import java.util.List;
import java.util.Optional;

import vn.soi.analyzer.text.TextSpan;
import vn.soi.indexer.document.SectionKind;

/**
 * One part of a report as the content signals see it: its kind, its first heading as written and where it stands,
 * and its sentences with the template's headings and stock phrases removed. Nested parts of another kind (the causes
 * inside the shortcomings part) are not included.
 */
record Part(SectionKind kind, String heading, Optional<TextSpan> headingSpan, TextSpan span,
            List<Sentence> sentences) {

    Part {
        sentences = List.copyOf(sentences);
    }

    int words() {
        return sentences.stream().mapToInt(Sentence::words).sum();
    }
}
