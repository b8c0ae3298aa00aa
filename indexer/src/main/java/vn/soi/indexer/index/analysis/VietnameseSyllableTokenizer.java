package vn.soi.indexer.index.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Splits Vietnamese text into syllables: Vietnamese is written with a space between syllables, so a token is a maximal
 * run of letters, digits and combining marks ({@code Đảng}, {@code ủy}, {@code QĐ}, {@code 2023}). Everything else
 * separates tokens, including hyphens and slashes ({@code 124-QĐ/TW} gives {@code 124}, {@code QĐ}, {@code TW}).
 *
 * <p>Numbers: a {@code .} or {@code ,} between two digits stays inside the token, so the Vietnamese grouping and
 * decimal separators keep a number whole ({@code 1.234}, {@code 4,2} from {@code 4,2%}; the percent sign is dropped)
 * and a query for the number as written finds it. A separator not followed by a digit ends the number ({@code 2023.}
 * gives {@code 2023}). Tokens made only of digits and separators have type {@value #NUMBER}, others
 * {@value #SYLLABLE}. Runs longer than {@code maxTokenLength} characters are split.
 *
 * <p>Multi-syllable words are not built here: word segmentation adds them as extra tokens in a later filter.
 */
public final class VietnameseSyllableTokenizer extends Tokenizer {

    /** Token type of a syllable (a run containing a letter). */
    public static final String SYLLABLE = "<SYLLABLE>";
    /** Token type of a number. */
    public static final String NUMBER = "<NUM>";
    /** Default longest token, as Lucene's own tokenizers use. */
    public static final int DEFAULT_MAX_TOKEN_LENGTH = 255;

    private static final int BUFFER_SIZE = 4096;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final int maxTokenLength;
    private final char[] buffer = new char[BUFFER_SIZE];
    private int bufferStart;
    private int bufferEnd;
    /** Offset in the input of {@code buffer[bufferStart]}. */
    private int offset;
    private boolean exhausted;

    /** A tokenizer with the default longest token. */
    public VietnameseSyllableTokenizer() {
        this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, DEFAULT_MAX_TOKEN_LENGTH);
    }

    /** A tokenizer with the given attribute factory and longest token (1 to 1,048,576 characters). */
    public VietnameseSyllableTokenizer(AttributeFactory factory, int maxTokenLength) {
        super(factory);
        if (maxTokenLength < 1 || maxTokenLength > 1024 * 1024) {
            throw new IllegalArgumentException("maxTokenLength must be in [1, 1048576]: " + maxTokenLength);
        }
        this.maxTokenLength = maxTokenLength;
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        int length = 0;
        int start = -1;
        boolean numeric = true;
        boolean lastWasDigit = false;
        char[] term = termAtt.buffer();
        while (true) {
            int c = peek(0);
            if (c < 0) {
                break;
            }
            int size = Character.charCount(c);
            if (isTokenChar(c)) {
                if (length == 0) {
                    start = offset;
                }
                if (length + size > maxTokenLength && length > 0) {
                    break;
                }
                term = termAtt.resizeBuffer(length + size);
                length += Character.toChars(c, term, length);
                advance(size);
                lastWasDigit = Character.isDigit(c);
                numeric &= lastWasDigit;
            } else if (length > 0 && lastWasDigit && (c == '.' || c == ',') && isDigit(peek(1))) {
                term = termAtt.resizeBuffer(length + 1);
                term[length++] = (char) c;
                advance(1);
                lastWasDigit = false;
            } else {
                advance(size);
                if (length > 0) {
                    break;
                }
            }
        }
        if (length == 0) {
            return false;
        }
        termAtt.setLength(length);
        offsetAtt.setOffset(correctOffset(start), correctOffset(start + length));
        typeAtt.setType(numeric ? NUMBER : SYLLABLE);
        return true;
    }

    private static boolean isTokenChar(int c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isDigit(int c) {
        return c >= 0 && Character.isDigit(c);
    }

    /** The code point {@code ahead} chars after the current one, or -1 at the end of input. */
    private int peek(int ahead) throws IOException {
        fill(ahead + 2);
        int index = bufferStart + ahead;
        if (index >= bufferEnd) {
            return -1;
        }
        return Character.codePointAt(buffer, index, bufferEnd);
    }

    private void advance(int chars) {
        bufferStart += chars;
        offset += chars;
    }

    /** Makes at least {@code needed} chars available after the current one, unless the input ends first. */
    private void fill(int needed) throws IOException {
        if (bufferEnd - bufferStart >= needed || exhausted) {
            return;
        }
        int remaining = bufferEnd - bufferStart;
        System.arraycopy(buffer, bufferStart, buffer, 0, remaining);
        bufferStart = 0;
        bufferEnd = remaining;
        while (bufferEnd < buffer.length) {
            int n = input.read(buffer, bufferEnd, buffer.length - bufferEnd);
            if (n < 0) {
                exhausted = true;
                break;
            }
            bufferEnd += n;
            if (bufferEnd - bufferStart >= needed) {
                break;
            }
        }
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(offset);
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        bufferStart = 0;
        bufferEnd = 0;
        offset = 0;
        exhausted = false;
    }
}
