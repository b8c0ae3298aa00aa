package vn.soi.indexer.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a document came from and what was done to it: the path as given to ingest (relative to the ingested root),
 * the SHA-256 of its bytes, its size, the detected media type, the parser that read it, whether OCR ran, the
 * normalisation steps applied in order, and when it was ingested.
 */
public record Provenance(String path, String contentHash, long size, String mediaType, String parser, boolean ocr,
                         List<String> normalisation, Instant ingestedAt) {

    public Provenance {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentHash, "contentHash");
        if (size < 0) {
            throw new IllegalArgumentException("negative size for " + path);
        }
        mediaType = mediaType == null ? "application/octet-stream" : mediaType;
        parser = parser == null ? "" : parser;
        normalisation = List.copyOf(normalisation);
        Objects.requireNonNull(ingestedAt, "ingestedAt");
    }
}
