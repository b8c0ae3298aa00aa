package vn.soi.indexer.nlp.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts text into the tokens RDRsegmenter works on, as VnCoreNLP's tokenizer does: syllables (Vietnamese is written
 * with a space between syllables), numbers, punctuation marks, abbreviations, URLs and e-mail addresses, each with its
 * offsets; and groups them into sentences.
 *
 * <p>A hand-written scanner instead of VnCoreNLP's cascade of regular expressions, with the same main decisions:
 * punctuation is split off; letters and digits written together stay together ({@code H5N1}, {@code 20h}); a hyphen
 * between letters or digits joins ({@code COVID-19}, {@code 2019-2020}); dots, commas, slashes and colons between
 * digits join ({@code 1.250.000}, {@code 3,5}, {@code 12/3/2024}, {@code 7:30}); a percent sign stays with its number;
 * runs of dots are one token ({@code ...}); the abbreviations of {@code abbreviations.txt} keep their dots
 * ({@code TP.}, {@code PGS.}); URLs and e-mail addresses are one token. Stateless and thread-safe.
 */
public final class SyllableTokenizer {

    private static final Map<Character, List<String>> ABBREVIATIONS = indexByFirstChar(
            Lexicon.raw(Lexicon.ABBREVIATIONS));
    private static final String OPENING = "([{\"'“‘«‹";
    private static final String CLOSING = ")]}\"'”’»›";
    private static final String TRAILING = ".,;:!?" + CLOSING;

    private SyllableTokenizer() {
    }

    /** All tokens of the text, in order. */
    public static List<Syllable> tokenize(String text) {
        List<Syllable> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && !isSpace(text.charAt(end))) {
                end++;
            }
            chunk(text, i, end, out);
            i = end;
        }
        return out;
    }

    /**
     * The tokens grouped into sentences. A sentence ends at a line break, and after {@code .}, {@code ?}, {@code !} or
     * {@code …} (with any closing quotes or brackets that follow) unless the next token starts in lower case, is a
     * digit, a comma, semicolon or colon, or the sentence so far is only a list number ({@code "1."}, {@code "a."}).
     */
    public static List<List<Syllable>> sentences(String text) {
        List<List<Syllable>> out = new ArrayList<>();
        List<Syllable> current = new ArrayList<>();
        boolean pending = false;
        Syllable previous = null;
        for (Syllable token : tokenize(text)) {
            if (previous != null && hasLineBreak(text, previous.end(), token.start())) {
                flush(current, out);
                pending = false;
            } else if (pending && !isClosing(token.text())) {
                if (endsSentenceBefore(token.text(), current)) {
                    flush(current, out);
                }
                pending = false;
            }
            current.add(token);
            if (isSentenceEnd(token.text())) {
                pending = true;
            }
            previous = token;
        }
        flush(current, out);
        return out;
    }

    private static void flush(List<Syllable> current, List<List<Syllable>> out) {
        if (!current.isEmpty()) {
            out.add(List.copyOf(current));
            current.clear();
        }
    }

    private static boolean endsSentenceBefore(String next, List<Syllable> current) {
        char c = next.charAt(0);
        if (Character.isLowerCase(c) || Character.isDigit(c) || c == ',' || c == ';' || c == ':') {
            return false;
        }
        if (current.size() == 2 && ".".equals(current.get(1).text())) {
            String head = current.get(0).text();
            char h = head.charAt(0);
            return !(Character.isDigit(h) || Character.isLowerCase(h) || head.length() == 1);
        }
        return true;
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static boolean isSentenceEnd(String token) {
        if (token.equals("?") || token.equals("!") || token.equals("…")) {
            return true;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isClosing(String token) {
        return token.length() == 1 && CLOSING.indexOf(token.charAt(0)) >= 0;
    }

    private static void chunk(String text, int start, int end, List<Syllable> out) {
        if (isUrlOrEmail(text, start, end)) {
            int s = start;
            while (s < end && OPENING.indexOf(text.charAt(s)) >= 0) {
                out.add(new Syllable(text.substring(s, s + 1), s, s + 1));
                s++;
            }
            int e = end;
            while (e > s && TRAILING.indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
            if (e > s) {
                out.add(new Syllable(text.substring(s, e), s, e));
            }
            for (int t = e; t < end; t++) {
                out.add(new Syllable(text.substring(t, t + 1), t, t + 1));
            }
            return;
        }
        int p = start;
        while (p < end) {
            int cp = text.codePointAt(p);
            int width = Character.charCount(cp);
            if (isWordPart(cp)) {
                int abbreviation = abbreviationAt(text, p, end);
                int q = abbreviation > 0 ? p + abbreviation : wordEnd(text, p, end);
                out.add(new Syllable(text.substring(p, q), p, q));
                p = q;
            } else if (cp == '.') {
                int q = p;
                while (q < end && text.charAt(q) == '.') {
                    q++;
                }
                out.add(new Syllable(text.substring(p, q), p, q));
                p = q;
            } else {
                out.add(new Syllable(text.substring(p, p + width), p, p + width));
                p += width;
            }
        }
    }

    /** End of the letter/digit run starting at {@code p}, with the joiners described in the class comment. */
    private static int wordEnd(String text, int p, int end) {
        int q = p;
        while (q < end) {
            int cp = text.codePointAt(q);
            if (isWordPart(cp)) {
                q += Character.charCount(cp);
                continue;
            }
            if (q + 1 < end && q > p) {
                char joiner = text.charAt(q);
                int before = text.codePointBefore(q);
                int after = text.codePointAt(q + 1);
                boolean digits = Character.isDigit(before) && Character.isDigit(after);
                boolean words = isWordPart(before) && isWordPart(after);
                boolean letters = Character.isLetter(before) && Character.isLetter(after);
                if ((joiner == '-' && words)
                        || ((joiner == '.' || joiner == ',' || joiner == '/' || joiner == ':') && digits)
                        || ((joiner == '\'' || joiner == '’') && letters)) {
                    q++;
                    continue;
                }
            }
            if (text.charAt(q) == '%' && q > p && Character.isDigit(text.codePointBefore(q))) {
                q++;
            }
            break;
        }
        return q;
    }

    /** Length of a known abbreviation starting at {@code p}, or 0. */
    private static int abbreviationAt(String text, int p, int end) {
        if (p > 0 && Character.isLetterOrDigit(text.codePointBefore(p))) {
            return 0;
        }
        List<String> candidates = ABBREVIATIONS.get(text.charAt(p));
        if (candidates == null) {
            return 0;
        }
        int best = 0;
        for (String abbreviation : candidates) {
            int len = abbreviation.length();
            if (len > best && p + len <= end && text.startsWith(abbreviation, p)) {
                boolean closed = abbreviation.endsWith(".");
                if (closed || p + len == end || !Character.isLetterOrDigit(text.codePointAt(p + len))) {
                    best = len;
                }
            }
        }
        return best;
    }

    private static boolean isUrlOrEmail(String text, int start, int end) {
        String chunk = text.substring(start, end);
        if (chunk.contains("://") || chunk.regionMatches(true, 0, "www.", 0, 4)) {
            return true;
        }
        int at = chunk.indexOf('@');
        return at > 0 && chunk.indexOf('.', at) > at + 1;
    }

    private static boolean isWordPart(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static Map<Character, List<String>> indexByFirstChar(Set<String> entries) {
        Map<Character, List<String>> index = new HashMap<>();
        for (String entry : entries) {
            index.computeIfAbsent(entry.charAt(0), k -> new ArrayList<>()).add(entry);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(index);
    }
}
