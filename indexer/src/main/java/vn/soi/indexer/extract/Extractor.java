package vn.soi.indexer.extract;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToTextContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

import vn.soi.indexer.normalize.LegacyEncoding;

/**
 * Extracts the raw text of one file with Apache Tika: Word (.docx .doc), OpenDocument, RTF, PDF (typed, or scanned and
 * read by Tesseract OCR), plain text, HTML, images (.png .jpg .tif, OCR) and spreadsheets (.csv .xlsx .xls).
 *
 * <p>One configured {@link AutoDetectParser} is built with the extractor and shared: an extractor is thread-safe and
 * meant to be reused for every file of a run. Each file is parsed on a worker thread under the limits of
 * {@link ExtractionLimits}: its size is checked before parsing, its text is cut off at the character limit, embedded
 * documents are parsed only to the depth limit, and a parse that outlasts the timeout is abandoned. Zip bombs are
 * caught by Tika's and POI's inflation-ratio checks and XML entity expansion by Tika's XML reader settings. Every
 * failure is an {@link ExtractionException} naming the file and the reason.
 *
 * <p>Beyond Tika: PDF pages are separated by {@code '\f'}; text files are decoded as UTF-8, UTF-16 (by byte-order
 * mark) or Windows-1258 ({@link VietnameseEncodingDetector}); runs of a .docx typed in legacy TCVN3 or VNI fonts are
 * converted to Unicode ({@link LegacyFontDocxReader}). Normalisation is left to {@code vn.soi.indexer.normalize}.
 *
 * <p>Close the extractor to stop its worker threads.
 */
public final class Extractor implements AutoCloseable {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String DOCM = "application/vnd.ms-word.document.macroenabled.12";
    /** Parsers that only dispatch to the parser that does the work. */
    private static final List<String> DISPATCHERS = List.of("org.apache.tika.parser.DefaultParser",
            "org.apache.tika.parser.CompositeParser", "org.apache.tika.parser.AutoDetectParser");
    private static final String OCR_PARSER = "org.apache.tika.parser.ocr.TesseractOCRParser";
    private static final int TEXT_SAMPLE = 8192;

    private final ExtractionLimits limits;
    private final Parser parser;
    private final Detector detector;
    private final EncodingDetector encodingDetector = new VietnameseEncodingDetector();
    private final ExecutorService workers;

    /** An extractor with the given limits and Tika's standard parsers. */
    public Extractor(ExtractionLimits limits) {
        this(limits, new AutoDetectParser());
    }

    /** An extractor with {@link ExtractionLimits#defaults()}. */
    public Extractor() {
        this(ExtractionLimits.defaults());
    }

    /** For tests: an extractor whose files are parsed by {@code parser} (detection stays Tika's). */
    Extractor(ExtractionLimits limits, Parser parser) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.detector = parser instanceof AutoDetectParser autoDetect ? autoDetect.getDetector()
                : TikaConfig.getDefaultConfig().getDetector();
        this.workers = Executors.newCachedThreadPool(new WorkerThreads());
    }

    /** The limits this extractor applies to every file. */
    public ExtractionLimits limits() {
        return limits;
    }

    /**
     * Extracts the text of one file.
     *
     * @param file a regular file
     * @return its raw text, media type, parser and notes
     * @throws ExtractionException when the file cannot be read, breaks a limit, is encrypted, corrupt, empty or of no
     *                             supported format; {@link ExtractionException#reason()} says which
     * @throws IllegalStateException when the extractor is closed
     */
    public ExtractedText extract(Path file) throws ExtractionException {
        Objects.requireNonNull(file, "file");
        if (workers.isShutdown()) {
            throw new IllegalStateException("extractor is closed; cannot extract " + file);
        }
        checkSize(file);
        Future<ExtractedText> result = workers.submit(() -> parse(file));
        try {
            return result.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new ExtractionException(file, ExtractionFailure.TIMEOUT, "limit " + format(limits.timeout()), e);
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException(file, ExtractionFailure.IO, "interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExtractionException extraction) {
                throw extraction;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new ExtractionException(file, ExtractionFailure.IO, String.valueOf(cause), cause);
        }
    }

    /** Stops the worker threads; a parse still running is interrupted. */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    private void checkSize(Path file) throws ExtractionException {
        if (!Files.isRegularFile(file)) {
            throw new ExtractionException(file, ExtractionFailure.IO,
                    Files.exists(file) ? "not a regular file" : "no such file", null);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ExtractionException(file, ExtractionFailure.IO, String.valueOf(e.getMessage()), e);
        }
        if (size == 0) {
            throw new ExtractionException(file, ExtractionFailure.EMPTY, "0 bytes", null);
        }
        if (size > limits.maxBytes()) {
            throw new ExtractionException(file, ExtractionFailure.TOO_LARGE,
                    bytes(size) + ", limit " + bytes(limits.maxBytes()), null);
        }
    }

    private ExtractedText parse(Path file) throws ExtractionException {
        Metadata metadata = new Metadata();
        TikaInputStream stream;
        try {
            stream = TikaInputStream.get(file, metadata);
        } catch (IOException e) {
            throw new ExtractionException(file, ExtractionFailure.IO, String.valueOf(e.getMessage()), e);
        }
        String mediaType = null;
        try (stream) {
            MediaType byContent = detector.detect(stream, new Metadata());
            MediaType byContentAndName = detector.detect(stream, metadata);
            if (MediaType.OCTET_STREAM.equals(byContent)
                    && !(byContentAndName.getType().equals("text") && looksLikeText(stream))) {
                throw new ExtractionException(file, ExtractionFailure.UNSUPPORTED, unrecognised(file), null);
            }
            mediaType = byContentAndName.getBaseType().toString();
            ParseContext context = context();
            DepthLimitingEmbeddedExtractor embedded = new DepthLimitingEmbeddedExtractor(context,
                    limits.maxEmbeddedDepth());
            context.set(EmbeddedDocumentExtractor.class, embedded);
            StringWriter text = new StringWriter();
            parser.parse(stream, handler(text, context), metadata, context);
            return result(file, text.toString(), metadata, embedded.skipped());
        } catch (TikaException | SAXException | IOException e) {
            throw Failures.classify(file, mediaType, limits, e);
        }
    }

    private ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        context.set(EncodingDetector.class, encodingDetector);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(limits.ocr() ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(!limits.ocr());
        ocr.setLanguage(limits.ocrLanguages());
        ocr.setTimeoutSeconds((int) Math.max(1, Math.min(Integer.MAX_VALUE, limits.timeout().toSeconds())));
        context.set(TesseractOCRConfig.class, ocr);
        return context;
    }

    private BodyContentHandler handler(StringWriter text, ParseContext context) {
        WriteOutContentHandler limited = new WriteOutContentHandler(new ToTextContentHandler(text),
                limits.maxCharacters(), true, context);
        return new BodyContentHandler(new PageBreakHandler(limited));
    }

    private ExtractedText result(Path file, String raw, Metadata metadata, int skippedEmbedded)
            throws IOException, ExtractionException {
        String mediaType = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE)).getBaseType().toString();
        List<String> parsedBy = Arrays.asList(metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY));
        Integer ocrPages = metadata.getInt(PDF.OCR_PAGE_COUNT);
        boolean ocr = parsedBy.contains(OCR_PARSER) || (ocrPages != null && ocrPages > 0);
        // An image's text comes from Tesseract; Tika's image parser beside it reads only metadata.
        String parserName = ocr && mediaType.startsWith("image/") ? OCR_PARSER
                : parsedBy.stream().filter(name -> !DISPATCHERS.contains(name)).findFirst()
                        .orElse(parser.getClass().getName());

        List<String> notes = new ArrayList<>();
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        String encoding = metadata.get(Metadata.CONTENT_ENCODING);
        if (encoding != null) {
            notes.add("decoded as " + encoding);
        }
        if (ocrPages != null && ocrPages > 0) {
            notes.add("OCR read " + ocrPages + " PDF page(s) without a text layer");
        } else if (ocr) {
            notes.add("OCR (" + limits.ocrLanguages() + ")");
        }
        if (skippedEmbedded > 0) {
            notes.add(skippedEmbedded + " embedded document(s) deeper than " + limits.maxEmbeddedDepth()
                    + " not read");
        }
        LegacyEncoding legacy = null;
        if (mediaType.equals(DOCX) || mediaType.equals(DOCM)) {
            Optional<LegacyFontDocxReader.Result> converted = LegacyFontDocxReader.read(file, limits.maxBytes());
            if (converted.isPresent()) {
                text = converted.get().text();
                legacy = converted.get().dominantEncoding().orElseThrow();
                notes.add("legacy font runs converted to Unicode: " + converted.get().convertedCharacters()
                        + " characters in fonts " + converted.get().legacyFonts().stream().sorted().toList());
                if (text.length() > limits.maxCharacters()) {
                    throw new ExtractionException(file, ExtractionFailure.TOO_MANY_CHARACTERS,
                            String.format(Locale.ROOT, "more than %,d characters", limits.maxCharacters()), null);
                }
            }
        }
        if (text.isBlank()) {
            notes.add(limits.ocr() ? "no text found" : "no text found (OCR is off)");
        }
        return new ExtractedText(text, mediaType, parserName, ocr, legacy, notes);
    }

    /**
     * Whether the start of a stream that Tika's magic cannot place is text in a single-byte code page (Windows-1258,
     * or legacy-font text): control characters other than tab, line feed, form feed and carriage return are rare.
     */
    private static boolean looksLikeText(TikaInputStream stream) throws IOException {
        stream.mark(TEXT_SAMPLE);
        byte[] sample;
        try {
            sample = stream.readNBytes(TEXT_SAMPLE);
        } finally {
            stream.reset();
        }
        int controls = 0;
        for (byte b : sample) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') {
                controls++;
            }
        }
        return controls <= sample.length / 100;
    }

    private static String unrecognised(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? "binary data of no known format, named " + name.substring(dot)
                : "binary data of no known format";
    }

    private static String bytes(long size) {
        if (size < 1024) {
            return size + " bytes";
        }
        if (size < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", size / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }

    private static String format(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** Daemon threads, so that an abandoned parse never keeps the JVM alive. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "soi-extract-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
