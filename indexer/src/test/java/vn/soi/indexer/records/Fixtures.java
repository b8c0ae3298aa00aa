package vn.soi.indexer.records;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

/** Shared test helpers: the seeds vocabulary and CSV files written in a chosen encoding. */
final class Fixtures {

    private Fixtures() {
    }

    /** The repository's vocabulary (surefire sets {@code soi.root} to the repository). */
    static RegisterVocabulary vocabulary() throws IOException {
        return RegisterVocabulary.standard();
    }

    static RegisterReader reader() throws IOException {
        return new RegisterReader(vocabulary());
    }

    /** Writes text with an optional byte-order mark, refusing characters the charset cannot encode. */
    static Path write(Path file, String text, Charset charset, byte... bom) throws IOException {
        ByteBuffer encoded = charset.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .onMalformedInput(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(text));
        byte[] body = new byte[encoded.remaining()];
        encoded.get(body);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return Files.write(file, all);
    }

    /**
     * Text as Windows-1258 spells Vietnamese: letters with a shape mark (â, ê, ô, ơ, ư, ă, đ) precomposed, the tone
     * mark (grave, acute, tilde, hook, dot below) as a separate combining character.
     */
    static String windows1258Form(String text) {
        StringBuilder out = new StringBuilder();
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            String decomposed = Normalizer.normalize(String.valueOf(nfc.charAt(i)), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tones = new StringBuilder();
            for (char c : decomposed.toCharArray()) {
                if ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0) {
                    tones.append(c);
                } else {
                    base.append(c);
                }
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
        }
        return out.toString();
    }
}
