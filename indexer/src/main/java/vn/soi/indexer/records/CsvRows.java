package vn.soi.indexer.records;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV with commons-csv. Encoding: a UTF-8 or UTF-16 byte-order mark decides; without one, UTF-8 if the whole file
 * decodes as UTF-8, else Windows-1258 (Vietnamese Windows exports). Delimiter: comma or semicolon, whichever is more
 * frequent outside quotes at the start of the file. Cells come out NFC, because Windows-1258 writes tone marks as
 * combining characters. Row numbers are CSV record numbers (a quoted cell may span lines).
 */
final class CsvRows implements TableRows {

    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final int SNIFF_CHARS = 8192;

    /** The encoding and how many bytes of byte-order mark to skip. */
    record Encoding(Charset charset, int bomLength) {
    }

    @Override
    public void read(Path file, RowHandler handler) throws RegisterException {
        Encoding encoding = detectEncoding(file);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomLength());
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, encoding.charset()), SNIFF_CHARS * 2);
            char delimiter = sniffDelimiter(reader);
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord record : parser) {
                    List<String> cells = new ArrayList<>(record.size());
                    for (String value : record) {
                        cells.add(Normalizer.normalize(value, Normalizer.Form.NFC));
                    }
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    if (!handler.row(Math.toIntExact(record.getRecordNumber()), cells)) {
                        return;
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // commons-csv's record iterator reports malformed quoting as an UncheckedIOException.
            throw new RegisterException(file, RegisterException.Reason.UNREADABLE,
                    "cannot read CSV as " + encoding.charset() + ": " + e.getMessage(), e);
        }
    }

    /** The file's encoding, decided by its byte-order mark or, without one, by whether it is valid UTF-8. */
    static Encoding detectEncoding(Path file) throws RegisterException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return new Encoding(StandardCharsets.UTF_8, 3);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                return new Encoding(StandardCharsets.UTF_16BE, 2);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                return new Encoding(StandardCharsets.UTF_16LE, 2);
            }
        } catch (IOException e) {
            throw new RegisterException(file, RegisterException.Reason.UNREADABLE, "cannot read: " + e.getMessage(), e);
        }
        return isUtf8(file) ? new Encoding(StandardCharsets.UTF_8, 0) : new Encoding(WINDOWS_1258, 0);
    }

    private static boolean isUtf8(Path file) throws RegisterException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                bytes.position(bytes.position() + n);
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, false);
                if (result.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            CoderResult last = decoder.decode(bytes, chars, true);
            return !last.isError() && !decoder.flush(chars).isError();
        } catch (IOException e) {
            throw new RegisterException(file, RegisterException.Reason.UNREADABLE, "cannot read: " + e.getMessage(), e);
        }
    }

    private static char sniffDelimiter(BufferedReader reader) throws IOException {
        reader.mark(SNIFF_CHARS + 1);
        char[] buffer = new char[SNIFF_CHARS];
        int length = reader.read(buffer, 0, SNIFF_CHARS);
        reader.reset();
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < Math.max(length, 0); i++) {
            char c = buffer[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
