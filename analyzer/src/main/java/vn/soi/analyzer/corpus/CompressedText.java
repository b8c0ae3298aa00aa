package vn.soi.analyzer.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** A document's text kept deflated (about a quarter of its UTF-8 size) until a finding needs to quote it. */
final class CompressedText {

    private final byte[] bytes;
    private final int length;

    CompressedText(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(utf8);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, utf8.length / 3));
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        this.bytes = out.toByteArray();
        this.length = utf8.length;
    }

    String text() {
        Inflater inflater = new Inflater();
        inflater.setInput(bytes);
        byte[] utf8 = new byte[length];
        try {
            int n = 0;
            while (n < length && !inflater.finished()) {
                n += inflater.inflate(utf8, n, length - n);
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("kept text of " + length + " bytes cannot be inflated", e);
        } finally {
            inflater.end();
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
