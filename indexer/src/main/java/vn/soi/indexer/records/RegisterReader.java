package vn.soi.indexer.records;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import vn.soi.indexer.document.DocumentType;

/**
 * Reads a discipline register or rating results from .csv, .xlsx or .xls, row by row. The header is the first row,
 * among the first {@value #HEADER_SEARCH_ROWS} non-empty ones, whose cells name the contract's columns (title rows above
 * it are skipped). A bad data row becomes a {@link RegisterWarning} and is skipped; the other rows are kept. Limits on
 * size, rows and cell length refuse the whole file with a named {@link RegisterException.Reason}.
 */
public final class RegisterReader {

    /** How many non-empty rows may precede and include the header. */
    public static final int HEADER_SEARCH_ROWS = 10;

    private final RegisterVocabulary vocabulary;
    private final RegisterLimits limits;

    /** A reader with the given vocabulary and limits. */
    public RegisterReader(RegisterVocabulary vocabulary, RegisterLimits limits) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** A reader with {@link RegisterLimits#DEFAULT}. */
    public RegisterReader(RegisterVocabulary vocabulary) {
        this(vocabulary, RegisterLimits.DEFAULT);
    }

    /** True when the file's extension is one this reader handles (.csv, .xlsx, .xls). */
    public static boolean supports(Path file) {
        return format(file).isPresent();
    }

    /**
     * Reads the whole file.
     *
     * @throws RegisterException when the format is unsupported, a limit is exceeded, the file is unreadable or has no
     *                           register header ({@link RegisterException.Reason#NOT_A_REGISTER})
     */
    public Register read(Path file) throws RegisterException {
        TableRows table = open(file);
        Reading reading = new Reading(file, false);
        table.read(file, reading::row);
        if (reading.header == null) {
            throw new RegisterException(file, RegisterException.Reason.NOT_A_REGISTER,
                    "no header naming a subject (Họ và tên / Tổ chức đảng / Tập thể) with either Hình thức kỷ luật and "
                            + "Ngày quyết định or Năm and Mức xếp loại in the first " + HEADER_SEARCH_ROWS + " rows");
        }
        return new Register(file, reading.header.type(), reading.header, reading.records, reading.warnings);
    }

    /**
     * Reads only up to the header and tells which kind of register the file is, or empty when it is a spreadsheet of
     * some other kind (so that ingest can treat it as plain text).
     *
     * @throws RegisterException when the format is unsupported, too large or unreadable
     */
    public Optional<DocumentType> detect(Path file) throws RegisterException {
        TableRows table = open(file);
        Reading reading = new Reading(file, true);
        table.read(file, reading::row);
        return Optional.ofNullable(reading.header).map(HeaderMapping::type);
    }

    private TableRows open(Path file) throws RegisterException {
        TableRows table = format(file).orElseThrow(() -> new RegisterException(file,
                RegisterException.Reason.UNSUPPORTED_FORMAT, "expected .csv, .xlsx or .xls"));
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new RegisterException(file, RegisterException.Reason.UNREADABLE, "cannot read: " + e.getMessage(), e);
        }
        if (size > limits.maxBytes()) {
            throw new RegisterException(file, RegisterException.Reason.FILE_TOO_LARGE,
                    size + " bytes, limit " + limits.maxBytes());
        }
        return table;
    }

    private static Optional<TableRows> format(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Optional.of(new CsvRows());
        }
        if (lower.endsWith(".xlsx")) {
            return Optional.of(new XlsxRows());
        }
        if (lower.endsWith(".xls")) {
            return Optional.of(new XlsRows());
        }
        return Optional.empty();
    }

    /** The state of one pass over a file: header search, then data rows. */
    private final class Reading {
        private final Path file;
        private final boolean headerOnly;
        private final List<RegisterRecord> records = new ArrayList<>();
        private final List<RegisterWarning> warnings = new ArrayList<>();
        private HeaderMapping header;
        private RowInterpreter interpreter;
        private int rowsSeen;
        private int dataRows;

        Reading(Path file, boolean headerOnly) {
            this.file = file;
            this.headerOnly = headerOnly;
        }

        boolean row(int number, List<String> cells) throws RegisterException {
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).length() > limits.maxCellChars()) {
                    throw new RegisterException(file, RegisterException.Reason.CELL_TOO_LONG, "row " + number
                            + ", column " + (i + 1) + ": " + cells.get(i).length() + " characters, limit "
                            + limits.maxCellChars());
                }
            }
            if (header == null) {
                rowsSeen++;
                header = HeaderMapping.detect(number, cells, vocabulary).orElse(null);
                if (header != null) {
                    interpreter = new RowInterpreter(file, header, vocabulary);
                    return !headerOnly;
                }
                return rowsSeen < HEADER_SEARCH_ROWS;
            }
            if (++dataRows > limits.maxRows()) {
                throw new RegisterException(file, RegisterException.Reason.TOO_MANY_ROWS,
                        "more than " + limits.maxRows() + " data rows");
            }
            RowInterpreter.Outcome outcome = interpreter.interpret(number, cells);
            if (outcome.record() != null) {
                records.add(outcome.record());
            } else {
                warnings.add(outcome.warning());
            }
            return true;
        }
    }
}
