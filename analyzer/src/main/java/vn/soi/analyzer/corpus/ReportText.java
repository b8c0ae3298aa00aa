package vn.soi.analyzer.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.soi.analyzer.records.PhraseLexicon;

/**
 * A report's text cut into sentences of syllables, with the template's headings and stock phrases removed first.
 * Sentences end at a line break or at '.', '!', '?', ';' followed by a space. Syllables are lower-cased runs of
 * letters and digits; a run of digits becomes "#", so changed numbers do not hide a copy. Offsets are into the
 * document's normalised text.
 */
final class ReportText {

    /** One sentence: offsets of its text and the hashes of its syllables. */
    record Sentence(int start, int end, int[] syllables) {
    }

    private ReportText() {
    }

    /** The sentences of {@code text} after blanking the template's phrases; sentences with no syllable are dropped. */
    static List<Sentence> sentences(String text, PhraseLexicon template) {
        String blanked = template.blank(text);
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= blanked.length(); i++) {
            boolean end = i == blanked.length() || blanked.charAt(i) == '\n'
                    || ".!?;".indexOf(blanked.charAt(i)) >= 0
                    && (i + 1 == blanked.length() || Character.isWhitespace(blanked.charAt(i + 1)));
            if (end) {
                add(text, blanked, start, Math.min(blanked.length(), i + 1), sentences);
                start = i + 1;
            }
        }
        return sentences;
    }

    /** The number of syllables over all sentences. */
    static int words(List<Sentence> sentences) {
        return sentences.stream().mapToInt(s -> s.syllables().length).sum();
    }

    /** A hash of the sentence's exact text in the original (its quote), for finding the same sentence elsewhere. */
    static long exactHash(String text, Sentence sentence) {
        long h = 1125899906842597L;
        for (int i = sentence.start(); i < sentence.end(); i++) {
            h = 31 * h + text.charAt(i);
        }
        return Hashes.mix64(h);
    }

    private static void add(String text, String blanked, int start, int end, List<Sentence> out) {
        List<Integer> syllables = new ArrayList<>();
        int i = start;
        while (i < end) {
            if (!Character.isLetterOrDigit(blanked.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            boolean digits = true;
            while (j < end && Character.isLetterOrDigit(blanked.charAt(j))) {
                digits &= Character.isDigit(blanked.charAt(j));
                j++;
            }
            String syllable = digits ? "#" : blanked.substring(i, j).toLowerCase(Locale.ROOT);
            syllables.add(syllable.hashCode());
            i = j;
        }
        if (syllables.isEmpty()) {
            return;
        }
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        out.add(new Sentence(s, e, syllables.stream().mapToInt(Integer::intValue).toArray()));
    }
}
