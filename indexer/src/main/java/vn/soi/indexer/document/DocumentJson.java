package vn.soi.indexer.document;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.soi.indexer.records.DisciplineRecord;
import vn.soi.indexer.records.RatingRecord;
import vn.soi.indexer.records.RegisterRecord;

/**
 * The JSON form of a {@link ParsedDocument}: what {@code soi show} prints and what the index stores, so the two can
 * never disagree. Register records carry a {@code kind} property to tell discipline rows from rating rows.
 */
public final class DocumentJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(RegisterRecord.class, RegisterRecordMixin.class)
            .build();

    private DocumentJson() {
    }

    /** The shared mapper, configured for records and java.time. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Compact JSON of a document. */
    public static String toJson(ParsedDocument document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write document " + document.id() + " as JSON", e);
        }
    }

    /** Indented JSON of a document, for people. */
    public static String toPrettyJson(ParsedDocument document) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write document " + document.id() + " as JSON", e);
        }
    }

    /** Reads a document written by {@link #toJson}. */
    public static ParsedDocument fromJson(String json) {
        try {
            return MAPPER.readValue(json, ParsedDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored document record is not valid JSON: " + e.getMessage(), e);
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = DisciplineRecord.class,
                name = "discipline"),
        @JsonSubTypes.Type(value = RatingRecord.class,
                name = "rating")
    })
    private interface RegisterRecordMixin {
    }
}
