package vn.soi.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Charset of Vietnamese text files, which Tika's general detectors misjudge: a byte-order mark decides first
 * (UTF-8, UTF-16); then bytes that are valid UTF-8 are UTF-8; otherwise the text is Windows-1258 when its high bytes
 * look like Vietnamese tone marks after vowels (how Windows-1258 spells most toned letters), and Windows-1252
 * otherwise, so that text typed in legacy TCVN3/VNI fonts keeps the Latin-1 shape the normaliser's converters expect.
 * Reads at most {@value #SAMPLE} bytes, then resets the stream.
 *
 * <p>It serves every parser that decodes bytes (plain text, CSV, HTML). A charset declared in an HTML page is not
 * consulted: old Vietnamese pages often declare one their bytes do not match.
 */
final class VietnameseEncodingDetector implements EncodingDetector {

    private static final long serialVersionUID = 1L;

    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final int SAMPLE = 64 * 1024;
    /** Windows-1258 combining tone marks: grave, hook above, tilde, acute, dot below. */
    private static final String TONE_BYTES = "\u00cc\u00d2\u00de\u00ec\u00f2";
    /** ASCII vowels and the Windows-1258 letters â ê ô ă ơ ư (both cases) that carry a tone mark. */
    private static final String VOWEL_BYTES = "aeiouyAEIOUY\u00e2\u00ea\u00f4\u00e3\u00f5\u00fd\u00c2\u00ca\u00d4\u00c3\u00d5\u00dd";
    /** Share of high bytes that must be tone marks after vowels for the text to be taken as Windows-1258. */
    private static final double TONE_SHARE = 0.2;

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return null;
        }
        input.mark(SAMPLE);
        byte[] sample;
        try {
            sample = input.readNBytes(SAMPLE);
        } finally {
            input.reset();
        }
        return detect(sample, sample.length == SAMPLE);
    }

    /** The charset of a sample; {@code truncated} when the sample is only the start of the text. */
    static Charset detect(byte[] sample, boolean truncated) {
        if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(sample, 0xFE, 0xFF) || startsWith(sample, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16;
        }
        if (isUtf8(sample, truncated) || isMostlyUtf8(sample)) {
            return StandardCharsets.UTF_8;
        }
        return looksLikeWindows1258(sample) ? WINDOWS_1258 : WINDOWS_1252;
    }

    private static boolean startsWith(byte[] sample, int... prefix) {
        if (sample.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((sample[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8(byte[] sample, boolean truncated) {
        int length = sample.length;
        if (truncated) {
            // A multi-byte character cut by the end of the sample is not an error: drop its lead and trail bytes.
            int back = 0;
            while (back < 3 && length - back - 1 >= 0 && (sample[length - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            if (length - back - 1 >= 0 && (sample[length - back - 1] & 0xC0) == 0xC0) {
                length = length - back - 1;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(sample, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * True for UTF-8 text with a few damaged bytes (a cut download, a bad copy): at least a handful of well-formed
     * multi-byte characters and at most one malformed byte for every five of them (Windows-1258 and TCVN3 text
     * almost never forms a well-formed sequence). Read as UTF-8, only the damaged
     * bytes are lost (replaced by U+FFFD); read as a single-byte code page, every Vietnamese letter would be garbled.
     */
    private static boolean isMostlyUtf8(byte[] sample) {
        int wellFormed = 0;
        int malformed = 0;
        for (int i = 0; i < sample.length; ) {
            int b = sample[i] & 0xFF;
            int trail = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2
                    : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (trail == 0) {
                i++;
            } else if (trail > 0 && continues(sample, i, trail)) {
                wellFormed++;
                i += trail + 1;
            } else {
                malformed++;
                i++;
            }
        }
        return wellFormed >= 4 && malformed * 5 <= wellFormed;
    }

    private static boolean continues(byte[] sample, int lead, int trail) {
        if (lead + trail >= sample.length) {
            return false;
        }
        for (int k = 1; k <= trail; k++) {
            if ((sample[lead + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeWindows1258(byte[] sample) {
        int high = 0;
        int tonesAfterVowels = 0;
        for (int i = 0; i < sample.length; i++) {
            int b = sample[i] & 0xFF;
            if (b < 0x80) {
                continue;
            }
            high++;
            if (i > 0 && TONE_BYTES.indexOf(b) >= 0 && VOWEL_BYTES.indexOf(sample[i - 1] & 0xFF) >= 0) {
                tonesAfterVowels++;
            }
        }
        return tonesAfterVowels > 0 && tonesAfterVowels >= TONE_SHARE * high;
    }
}
