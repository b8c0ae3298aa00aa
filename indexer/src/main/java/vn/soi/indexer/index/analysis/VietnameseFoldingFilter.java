package vn.soi.indexer.index.analysis;

import java.io.IOException;
import java.text.Normalizer;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Removes Vietnamese diacritics from terms for the diacritic-insensitive companion fields, so that people who type
 * without them ({@code khuyet diem}) find {@code khuyết điểm}: the tone and vowel marks on Latin letters go
 * ({@code ệ, ơ, ư, â} become {@code e, o, u, a}) and {@code đ} becomes {@code d}. Marks on letters of other scripts
 * are kept. Folding loses meaning ({@code hòa}, {@code họa} and {@code hoa} become one term), which is why it is only
 * used for a companion field that ranks below the exact one. Keyword terms are left alone.
 */
public final class VietnameseFoldingFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final StringBuilder folded = new StringBuilder();

    /** Folds the terms of {@code input}. */
    public VietnameseFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keywordAtt.isKeyword() || isAscii(termAtt.buffer(), termAtt.length())) {
            return true;
        }
        fold(termAtt, folded);
        termAtt.setEmpty().append(folded);
        return true;
    }

    private static boolean isAscii(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Writes the folded form of {@code term} into {@code out}. */
    private static void fold(CharSequence term, StringBuilder out) {
        out.setLength(0);
        String decomposed = Normalizer.normalize(term, Normalizer.Form.NFD);
        boolean afterLatin = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (afterLatin && Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (cp) {
                case 'đ', 'ð' -> out.append('d');
                case 'Đ', 'Ð' -> out.append('D');
                default -> out.appendCodePoint(cp);
            }
            afterLatin = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
        }
        if (!Normalizer.isNormalized(out, Normalizer.Form.NFC)) {
            String composed = Normalizer.normalize(out, Normalizer.Form.NFC);
            out.setLength(0);
            out.append(composed);
        }
    }
}
