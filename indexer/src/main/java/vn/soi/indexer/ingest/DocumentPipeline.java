package vn.soi.indexer.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.soi.indexer.document.Classification;
import vn.soi.indexer.document.DocumentClassifier;
import vn.soi.indexer.document.DocumentStructure;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Provenance;
import vn.soi.indexer.document.StructureExtractor;
import vn.soi.indexer.extract.ExtractedText;
import vn.soi.indexer.extract.ExtractionException;
import vn.soi.indexer.extract.ExtractionLimits;
import vn.soi.indexer.extract.Extractor;
import vn.soi.indexer.normalize.NormalizedText;
import vn.soi.indexer.normalize.VietnameseNormalizer;
import vn.soi.indexer.records.Register;
import vn.soi.indexer.records.RegisterException;
import vn.soi.indexer.records.RegisterReader;
import vn.soi.indexer.records.RegisterVocabulary;
import vn.soi.indexer.records.RegisterWarning;

/**
 * One file to one {@link ParsedDocument}, in a fixed order of stages: extract (Tika, OCR), normalise, classify, read
 * structure (or, for a spreadsheet that is a register, read its rows). Thread-safe: one pipeline serves all workers.
 */
public final class DocumentPipeline implements AutoCloseable {

    private final Extractor extractor;
    private final VietnameseNormalizer normalizer;
    private final DocumentClassifier classifier;
    private final StructureExtractor structure;
    private final RegisterReader registers;

    public DocumentPipeline(Extractor extractor, VietnameseNormalizer normalizer, DocumentClassifier classifier,
                            StructureExtractor structure, RegisterReader registers) {
        this.extractor = extractor;
        this.normalizer = normalizer;
        this.classifier = classifier;
        this.structure = structure;
        this.registers = registers;
    }

    /** The standard pipeline with the given extraction limits. */
    public static DocumentPipeline standard(ExtractionLimits limits) {
        return new DocumentPipeline(new Extractor(limits), VietnameseNormalizer.standard(),
                DocumentClassifier.standard(), StructureExtractor.standard(),
                new RegisterReader(RegisterVocabulary.standard()));
    }

    /** Runs every stage on one file; a failure names the stage and the reason. */
    public ParsedDocument process(IngestFile file, String id, String contentHash, Instant now)
            throws PipelineException {
        ExtractedText extracted = extract(file);
        NormalizedText normalized = normalizer.normalize(extracted.text());
        List<String> steps = new ArrayList<>();
        extracted.legacyEncodingIfAny().ifPresent(e -> steps.add("legacy-font:" + e.name()));
        steps.addAll(normalized.steps());
        String text = normalized.text();
        Provenance provenance = new Provenance(file.path(), contentHash, size(file), extracted.mediaType(),
                extracted.parser(), extracted.ocr(), steps, now);
        if (isRegister(file)) {
            return asRegister(file, id, provenance, text);
        }
        Classification classification = classifier.classify(text, file.file().getFileName().toString());
        DocumentStructure found = structure.read(text, classification.type());
        List<String> warnings = new ArrayList<>(extracted.notes());
        warnings.addAll(found.warnings());
        return new ParsedDocument(id, provenance, text, classification, found.fields(), found.sections(),
                found.opinions(), List.of(), warnings);
    }

    private boolean isRegister(IngestFile file) throws PipelineException {
        if (!RegisterReader.supports(file.file())) {
            return false;
        }
        try {
            return registers.detect(file.file()).isPresent();
        } catch (RegisterException e) {
            throw new PipelineException("register", e.getMessage(), e);
        }
    }

    private ParsedDocument asRegister(IngestFile file, String id, Provenance provenance, String text)
            throws PipelineException {
        Register register;
        try {
            register = registers.read(file.file());
        } catch (RegisterException e) {
            throw new PipelineException("register", e.getMessage(), e);
        }
        Classification classification = new Classification(register.type(), 1.0,
                List.of("header columns: " + String.join(", ", register.header().headers())));
        return new ParsedDocument(id, provenance, text, classification, List.of(), List.of(), List.of(),
                register.records(), register.warnings().stream().map(RegisterWarning::message).toList());
    }

    private ExtractedText extract(IngestFile file) throws PipelineException {
        try {
            return extractor.extract(file.file());
        } catch (ExtractionException e) {
            throw new PipelineException("extract", e.getMessage(), e);
        }
    }

    private static long size(IngestFile file) throws PipelineException {
        try {
            return java.nio.file.Files.size(file.file());
        } catch (java.io.IOException e) {
            throw new PipelineException("extract", file.path() + ": cannot read size: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        extractor.close();
    }

    /** A stage failed on a file; the message names the file and the reason. */
    public static final class PipelineException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String stage;

        public PipelineException(String stage, String message, Throwable cause) {
            super(message, cause);
            this.stage = stage;
        }

        /** The stage that failed: extract, register. */
        public String stage() {
            return stage;
        }
    }
}
