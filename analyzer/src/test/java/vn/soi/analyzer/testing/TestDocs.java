package vn.soi.analyzer.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.signal.AnalysisContext;
import vn.soi.analyzer.signal.Signal;
import vn.soi.indexer.document.Classification;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.ExtractedField;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.Opinion;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Provenance;
import vn.soi.indexer.document.Section;
import vn.soi.indexer.document.SectionKind;
import vn.soi.indexer.records.RegisterRecord;

/** Builds hand-made parsed documents for signal tests: fields and parts are located in the text by their wording. */
public final class TestDocs {

    private final String path;
    private final DocumentType type;
    private final String text;
    private final List<ExtractedField> fields = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Opinion> opinions = new ArrayList<>();
    private final List<RegisterRecord> records = new ArrayList<>();

    private TestDocs(String path, DocumentType type, String text) {
        this.path = path;
        this.type = type;
        this.text = text;
    }

    /** A document of a type with its normalised text. */
    public static TestDocs doc(String path, DocumentType type, String text) {
        return new TestDocs(path, type, text);
    }

    /** A field whose value is quoted from the text where {@code quoted} first occurs. */
    public TestDocs field(FieldName name, String value, String quoted) {
        int at = text.indexOf(quoted);
        if (at < 0) {
            throw new IllegalArgumentException("'" + quoted + "' not in the text of " + path);
        }
        fields.add(new ExtractedField(name, value, at, at + quoted.length()));
        return this;
    }

    /** A field quoted where its own value occurs in the text, or derived when it does not occur. */
    public TestDocs field(FieldName name, String value) {
        int at = text.indexOf(value);
        fields.add(at < 0 ? ExtractedField.derived(name, value)
                : new ExtractedField(name, value, at, at + value.length()));
        return this;
    }

    /** A part from the first occurrence of {@code from} to the first occurrence of {@code to} after it (or the end). */
    public TestDocs section(SectionKind kind, String from, String to) {
        int start = text.indexOf(from);
        int end = to == null ? text.length() : text.indexOf(to, start);
        sections.add(new Section(kind, "", start, end < 0 ? text.length() : end));
        return this;
    }

    /** An opinion: {@code said} is located in the text. */
    public TestDocs opinion(String speaker, String said, boolean answer) {
        int at = text.indexOf(said);
        if (at < 0) {
            throw new IllegalArgumentException("'" + said + "' not in the text of " + path);
        }
        opinions.add(new Opinion(speaker, at, at + said.length(), answer));
        return this;
    }

    /** Register rows. */
    public TestDocs records(List<? extends RegisterRecord> rows) {
        records.addAll(rows);
        return this;
    }

    /** The document. */
    public ParsedDocument build() {
        Provenance provenance = new Provenance(path, "sha-" + Integer.toHexString((path + text).hashCode()),
                text.length(), "text/plain", "test", false, List.of(), Instant.parse("2026-01-01T00:00:00Z"));
        return new ParsedDocument("id-" + path, provenance, text, new Classification(type, 1, List.of()), fields,
                sections, opinions, records, List.of());
    }

    /** Runs one signal over documents with the settings shipped in seeds. */
    public static List<Finding> run(Signal signal, ParsedDocument... documents) {
        Signal.Session session = signal.start(AnalysisContext.standard());
        for (ParsedDocument document : documents) {
            session.observe(document);
        }
        return session.finish();
    }
}
