package vn.soi.indexer.fuzz;

/**
 * Turns the fuzzer's bytes into the strings the targets take, so that seed files stay readable text.
 *
 * <p>Valid UTF-8 decodes as UTF-8, except that a three-byte sequence may also name a lone surrogate (as Java's
 * modified UTF-8 allows), so broken UTF-16 reaches the targets too. Any other byte becomes the Latin-1 character of
 * its value: invalid UTF-8 turns into exactly the 0x80-0xFF characters that legacy-font (TCVN3, VNI) text is made of.
 */
final class FuzzText {

    private FuzzText() {
    }

    /** The string the bytes stand for; never fails. */
    static String decode(byte[] data) {
        StringBuilder out = new StringBuilder(data.length);
        int i = 0;
        while (i < data.length) {
            int lead = data[i] & 0xFF;
            int length = sequenceLength(lead);
            int codePoint = length > 1 ? codePoint(data, i, length) : -1;
            if (codePoint >= 0) {
                if (codePoint <= 0xFFFF) {
                    out.append((char) codePoint);
                } else {
                    out.appendCodePoint(codePoint);
                }
                i += length;
            } else {
                out.append((char) lead);
                i++;
            }
        }
        return out.toString();
    }

    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 1;
    }

    /** The code point of the sequence at {@code start}, or -1 when it is truncated, overlong or out of range. */
    private static int codePoint(byte[] data, int start, int length) {
        if (start + length > data.length) {
            return -1;
        }
        int value = data[start] & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            int next = data[start + k] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                return -1;
            }
            value = value << 6 | next & 0x3F;
        }
        int smallest = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        return value < smallest || value > 0x10FFFF ? -1 : value;
    }
}
