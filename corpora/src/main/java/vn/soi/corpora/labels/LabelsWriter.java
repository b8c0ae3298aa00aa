package vn.soi.corpora.labels;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams {@code labels.json} (schema of {@code labels.md}): file entries are written as documents arrive, pairs and
 * unit entries are collected (they are few) and written at the end.
 */
public final class LabelsWriter implements AutoCloseable {

    private final JsonGenerator json;
    private final List<GroupLabel> groups = new ArrayList<>();

    public LabelsWriter(Path file) throws IOException {
        json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeObjectFieldStart("files");
    }

    /** Adds one file entry. */
    public void file(String path, FileLabel label) throws IOException {
        json.writeObjectFieldStart(path);
        json.writeStringField("type", label.type().name());
        if (label.person() != null) {
            json.writeStringField("person", label.person());
        }
        json.writeStringField("unit", label.unit());
        json.writeNumberField("year", label.year());
        array("expect", label.expect());
        array("forbid", label.forbid());
        json.writeStringField("why", label.why());
        json.writeEndObject();
    }

    /** Adds a pair or unit entry. */
    public void group(GroupLabel label) {
        groups.add(label);
    }

    private void array(String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    @Override
    public void close() throws IOException {
        json.writeEndObject();
        json.writeArrayFieldStart("pairs");
        for (GroupLabel g : groups) {
            if (g.isPair()) {
                json.writeStartObject();
                json.writeStringField("signal", g.signal());
                array("files", g.files());
                json.writeStringField("why", g.why());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("units");
        for (GroupLabel g : groups) {
            if (!g.isPair()) {
                json.writeStartObject();
                json.writeStringField("signal", g.signal());
                json.writeStringField("unit", g.unit());
                json.writeNumberField("year", g.year());
                array("files", g.files());
                json.writeStringField("why", g.why());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }
}
