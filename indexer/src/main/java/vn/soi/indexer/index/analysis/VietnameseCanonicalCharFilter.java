package vn.soi.indexer.index.analysis;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

import vn.soi.indexer.normalize.ToneMarks;
import vn.soi.indexer.normalize.VietnameseNormalizer;

/**
 * Applies {@link VietnameseNormalizer#canonical(String)} to the text before tokenisation, so that a query is normalised
 * exactly like a document (NFC, Ð to Đ, invisible characters, new-style tone marks), and corrects offsets so that
 * every token points back at the exact characters of the original input, even when the input is NFD.
 *
 * <p>The input is cut into clusters (a starter character and the combining characters that follow it). NFC never
 * composes across a cluster boundary, so normalising cluster by cluster gives the same text as normalising the whole,
 * and each cluster's change of length is recorded for offset correction. Tone-mark canonicalisation moves a mark
 * between two adjacent letters and never changes the length, so it runs on the whole output afterwards.
 *
 * <p>The field value is read whole on the first read: fields are already in memory as strings when they are indexed,
 * and queries are short.
 */
public final class VietnameseCanonicalCharFilter extends BaseCharFilter {

    private String output;
    private int position;

    /** Wraps {@code input}; nothing is read until the first {@code read}. */
    public VietnameseCanonicalCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (output == null) {
            output = canonicalise(readAll());
        }
        if (position >= output.length()) {
            return -1;
        }
        int n = Math.min(len, output.length() - position);
        output.getChars(position, position + n, cbuf, off);
        position += n;
        return n;
    }

    private String readAll() throws IOException {
        StringBuilder all = new StringBuilder();
        char[] buffer = new char[4096];
        for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
            all.append(buffer, 0, n);
        }
        return all.toString();
    }

    private String canonicalise(String in) {
        StringBuilder out = new StringBuilder(in.length());
        int diff = 0;
        int start = 0;
        while (start < in.length()) {
            int end = clusterEnd(in, start);
            int outStart = out.length();
            appendMapped(out, normalised(in, start, end));
            int outLength = out.length() - outStart;
            int inLength = end - start;
            if (outLength < inLength) {
                diff += inLength - outLength;
                addOffCorrectMap(outStart + outLength, diff);
            } else {
                // A cluster that NFC lengthens: the extra output characters all map to the cluster's end.
                for (int extra = 1; extra <= outLength - inLength; extra++) {
                    addOffCorrectMap(outStart + inLength + extra, diff - extra);
                }
                diff -= outLength - inLength;
            }
            start = end;
        }
        return ToneMarks.canonical(out.toString());
    }

    private static int clusterEnd(String text, int start) {
        int end = start + Character.charCount(text.codePointAt(start));
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            if (!continuesCluster(cp)) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }

    /** Combining marks, and the Hangul vowel and final jamo that NFC composes with what precedes them. */
    private static boolean continuesCluster(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || (cp >= 0x1160 && cp <= 0x11FF) || (cp >= 0xD7B0 && cp <= 0xD7FF);
    }

    private static CharSequence normalised(String text, int start, int end) {
        if (end - start == 1 && text.charAt(start) < 0x300) {
            return text.subSequence(start, end);
        }
        return Normalizer.normalize(text.subSequence(start, end), Normalizer.Form.NFC);
    }

    /** The character mapping of {@link VietnameseNormalizer#canonical}, applied after NFC as it does. */
    private static void appendMapped(StringBuilder out, CharSequence cluster) {
        for (int i = 0; i < cluster.length(); i++) {
            char c = cluster.charAt(i);
            switch (c) {
                case '\u00D0' -> out.append('\u0110');
                case '\u00F0' -> out.append('\u0111');
                case '\u00A0', '\u202F', '\u2007' -> out.append(' ');
                case '\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u00AD' -> {
                }
                default -> out.append(c);
            }
        }
    }
}
