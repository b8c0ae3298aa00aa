package vn.soi.indexer.nlp.segment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.soi.indexer.normalize.VietnameseNormalizer;

/**
 * Vietnamese word segmentation: our implementation of RDRsegmenter (Nguyen, Nguyen, Vu, Dras and Johnson, "A Fast and
 * Accurate Vietnamese Word Segmenter", LREC 2018), the word segmenter of VnCoreNLP, reading VnCoreNLP's published
 * model ({@code wordsegmenter/wordsegmenter.rdr} and {@code wordsegmenter/vi-vocab}).
 *
 * <p>Each syllable is tagged B (begins a word) or I (continues the previous one) in two steps:
 * <ol>
 *   <li>initial tags by longest match (four syllables down to two) against the model's vocabulary and our place and
 *       country lists, plus the original's treatment of capitalised runs: a run of up to four capitalised syllables is
 *       one proper name, unless its first syllable is a common sentence-initial word, a one-syllable country or a
 *       company; a middle name right after a family name continues the name;</li>
 *   <li>the ripple-down rule tree corrects the initial tags from a window of two syllables and tags on each side.</li>
 * </ol>
 * Syllables, vocabulary and rule values are compared in their canonical form ({@link VietnameseNormalizer#canonical}:
 * NFC, Đ look-alikes, one tone-mark placement), so the model's old-style "uỷ ban" matches a document's "ủy ban".
 *
 * <p>Immutable (apart from a bounded internal cache of per-syllable analyses) and thread-safe; load it once and
 * share it.
 */
public final class WordSegmenter {

    private static final Logger LOG = LoggerFactory.getLogger(WordSegmenter.class);

    /** Name of the model's sub-folder inside VnCoreNLP's {@code models} folder. */
    public static final String MODEL_FOLDER = "wordsegmenter";
    /** File name of the rule tree. */
    public static final String RULES_FILE = "wordsegmenter.rdr";
    /** File name of the serialised vocabulary. */
    public static final String VOCABULARY_FILE = "vi-vocab";

    private static final int LONGEST_MATCH = 4;
    private static final int ANALYSIS_CACHE_LIMIT = 1 << 16;
    private static final String TONED_OLD_STYLE = "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ";

    private final PhraseSet dictionary;
    /** The first two syllables of every dictionary phrase. */
    private final PhraseSet prefixes;
    private final Set<String> familyNames;
    private final Set<String> middleNames;
    private final Set<String> singleWordNames;
    private final RuleTree rules;
    private final Path modelDir;
    /** Syllable spelling to analysis; bounded, so odd input cannot grow it without limit. */
    private final Map<String, Analysis> analyses = new ConcurrentHashMap<>();

    private WordSegmenter(Set<String> phrases, RuleTree rules, Path modelDir) {
        PhraseSet dictionary = new PhraseSet(phrases);
        this.dictionary = dictionary;
        this.prefixes = new PhraseSet(firstTwoSyllables(phrases));
        this.rules = rules;
        this.modelDir = modelDir;
        this.familyNames = Lexicon.lowerCase(Lexicon.FAMILY_NAMES);
        this.middleNames = Lexicon.lowerCase(Lexicon.MIDDLE_NAMES);
        Set<String> single = new HashSet<>(Lexicon.lowerCase(Lexicon.SENTENCE_INITIAL));
        single.addAll(Lexicon.lowerCase(Lexicon.COUNTRIES_SINGLE));
        single.addAll(Lexicon.lowerCase(Lexicon.COMPANIES));
        this.singleWordNames = Set.copyOf(single);
    }

    /**
     * Loads the model from VnCoreNLP's {@code models} folder (which holds {@code wordsegmenter/}) or from the
     * {@code wordsegmenter} folder itself.
     *
     * @throws IOException when a model file is missing, malformed, or the vocabulary is not a serialised
     *                     {@code HashSet<String>}; the message names the file
     */
    public static WordSegmenter load(Path modelDir) throws IOException {
        if (modelDir == null) {
            throw new IllegalArgumentException("model folder must be given");
        }
        Path folder = Files.isRegularFile(modelDir.resolve(RULES_FILE)) ? modelDir : modelDir.resolve(MODEL_FOLDER);
        Path rulesFile = folder.resolve(RULES_FILE);
        Path vocabularyFile = folder.resolve(VOCABULARY_FILE);
        for (Path required : List.of(rulesFile, vocabularyFile)) {
            if (!Files.isRegularFile(required)) {
                throw new IOException("VnCoreNLP word-segmentation model incomplete: " + required + " not found (give"
                        + " VnCoreNLP's models folder or its wordsegmenter folder)");
            }
        }
        long started = System.nanoTime();
        RuleTree rules = RuleTree.read(rulesFile);
        Set<String> phrases = new HashSet<>();
        for (String entry : VocabularyFile.read(vocabularyFile)) {
            phrases.add(VietnameseNormalizer.canonical(entry).toLowerCase(Locale.ROOT));
        }
        phrases.addAll(Lexicon.lowerCase(Lexicon.LOCATIONS));
        phrases.addAll(Lexicon.lowerCase(Lexicon.COUNTRIES_MULTI));
        phrases.removeIf(phrase -> phrase.indexOf(' ') < 0);
        WordSegmenter segmenter = new WordSegmenter(phrases, rules, folder);
        LOG.info("Loaded word-segmentation model from {}: {} rules, {} dictionary phrases, in {} ms", folder,
                rules.ruleCount(), phrases.size(), (System.nanoTime() - started) / 1_000_000);
        return segmenter;
    }

    /** The folder the model was read from (the {@code wordsegmenter} folder). */
    public Path modelDir() {
        return modelDir;
    }

    /** Number of rules in the rule tree, below its root. */
    public int ruleCount() {
        return rules.ruleCount();
    }

    /** Number of multi-syllable phrases in the dictionary (model vocabulary plus our place and country lists). */
    public int dictionarySize() {
        return dictionary.size();
    }

    /** Segments one sentence of raw text (tokenised by {@link SyllableTokenizer}); offsets index into it. */
    public List<Word> segment(String sentence) {
        requireInput(sentence, "sentence");
        return words(SyllableTokenizer.tokenize(sentence));
    }

    /** Splits raw text into sentences ({@link SyllableTokenizer#sentences}) and segments each. */
    public List<List<Word>> segmentText(String text) {
        requireInput(text, "text");
        List<List<Word>> out = new ArrayList<>();
        for (List<Syllable> sentence : SyllableTokenizer.sentences(text)) {
            out.add(words(sentence));
        }
        return out;
    }

    /**
     * VnCoreNLP's output format: one sentence a line, words separated by a space, the syllables of a word joined by
     * {@code '_'} ({@code "Ủy_ban nhân_dân tỉnh"}); no line for empty text.
     */
    public String segmentToString(String text) {
        StringBuilder out = new StringBuilder();
        for (List<Word> sentence : segmentText(text)) {
            for (int w = 0; w < sentence.size(); w++) {
                if (w > 0) {
                    out.append(' ');
                }
                out.append(sentence.get(w).text());
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Groups already tokenised syllables of one sentence into words; offsets are the syllables' own. */
    public List<Word> words(List<Syllable> syllables) {
        requireInput(syllables, "syllables");
        int n = syllables.size();
        List<String> texts = new ArrayList<>(n);
        for (Syllable s : syllables) {
            texts.add(s.text());
        }
        boolean[] starts = wordStarts(texts);
        List<Word> words = new ArrayList<>();
        int first = 0;
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            if (i == n || starts[i]) {
                text.setLength(0);
                for (int k = first; k < i; k++) {
                    if (k > first) {
                        text.append('_');
                    }
                    text.append(syllables.get(k).text());
                }
                words.add(new Word(text.toString(), syllables.get(first).start(), syllables.get(i - 1).end(), first,
                        i - first));
                first = i;
            }
        }
        return words;
    }

    /**
     * The core of the segmenter: for the syllables of one sentence, whether each one begins a word (B) rather than
     * continuing the previous one (I). The first syllable always begins a word.
     */
    public boolean[] wordStarts(List<? extends CharSequence> syllables) {
        requireInput(syllables, "syllables");
        int n = syllables.size();
        boolean[] starts = new boolean[n];
        if (n == 0) {
            return starts;
        }
        String[] forms = new String[n];
        String[] lower = new String[n];
        int[] symbols = new int[n];
        byte[] shape = new byte[n];
        for (int i = 0; i < n; i++) {
            Analysis analysis = analyse(syllables.get(i).toString());
            forms[i] = analysis.form;
            lower[i] = analysis.lower;
            symbols[i] = analysis.symbol;
            shape[i] = analysis.shape;
        }
        int[] tags = initialTags(forms, lower, shape);
        int[] window = new int[RuleTree.SLOTS];
        for (int i = 0; i < n; i++) {
            window[RuleTree.TAG] = tags[i];
            window[RuleTree.WORD] = symbols[i];
            window[RuleTree.PREV_WORD1] = i > 0 ? symbols[i - 1] : RuleTree.NO_WORD;
            window[RuleTree.PREV_TAG1] = i > 0 ? tags[i - 1] : RuleTree.NO_TAG;
            window[RuleTree.PREV_WORD2] = i > 1 ? symbols[i - 2] : RuleTree.NO_WORD;
            window[RuleTree.PREV_TAG2] = i > 1 ? tags[i - 2] : RuleTree.NO_TAG;
            window[RuleTree.NEXT_WORD1] = i + 1 < n ? symbols[i + 1] : RuleTree.NO_WORD;
            window[RuleTree.NEXT_TAG1] = i + 1 < n ? tags[i + 1] : RuleTree.NO_TAG;
            window[RuleTree.NEXT_WORD2] = i + 2 < n ? symbols[i + 2] : RuleTree.NO_WORD;
            window[RuleTree.NEXT_TAG2] = i + 2 < n ? tags[i + 2] : RuleTree.NO_TAG;
            int concluded = rules.conclude(window);
            int tag = concluded == RuleTree.KEEP ? tags[i] : concluded;
            starts[i] = i == 0 || tag == RuleTree.B;
        }
        return starts;
    }

    /** What the segmenter needs to know about one syllable, computed once per distinct spelling. */
    private static final class Analysis {
        final String form;
        final String lower;
        final int symbol;
        final byte shape;

        Analysis(String form, String lower, int symbol, byte shape) {
            this.form = form;
            this.lower = lower;
            this.symbol = symbol;
            this.shape = shape;
        }
    }

    private Analysis analyse(String syllable) {
        Analysis cached = analyses.get(syllable);
        if (cached != null) {
            return cached;
        }
        String form = canonicalSyllable(syllable);
        String lowerForm = form.toLowerCase(Locale.ROOT);
        Analysis analysis = new Analysis(form, lowerForm, rules.wordSymbol(lowerForm), shape(form));
        if (analyses.size() < ANALYSIS_CACHE_LIMIT) {
            analyses.putIfAbsent(syllable, analysis);
        }
        return analysis;
    }

    private static final byte ALL_LETTERS = 1;
    private static final byte FIRST_LOWER = 2;
    private static final byte FIRST_UPPER = 4;
    private static final byte ALL_UPPER = 8;

    private static byte shape(String form) {
        if (form.isEmpty()) {
            return 0;
        }
        boolean letters = true;
        boolean upper = true;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            letters &= Character.isLetter(c);
            upper &= Character.isUpperCase(c);
        }
        char first = form.charAt(0);
        int flags = (letters ? ALL_LETTERS : 0) | (Character.isLowerCase(first) ? FIRST_LOWER : 0)
                | (Character.isUpperCase(first) ? FIRST_UPPER : 0) | (upper ? ALL_UPPER : 0);
        return (byte) flags;
    }

    /** Initial B/I tags: longest match against the dictionary and the proper-name heuristics. */
    private int[] initialTags(String[] forms, String[] lower, byte[] shape) {
        int n = forms.length;
        int[] tags = new int[n];
        StringBuilder phrase = new StringBuilder(64);
        int[] ends = new int[LONGEST_MATCH + 1];
        int i = 0;
        while (i < n) {
            tags[i] = RuleTree.B;
            if ((shape[i] & ALL_LETTERS) == 0) {
                i++;
                continue;
            }
            if ((shape[i] & FIRST_LOWER) != 0 && i + 1 < n && (shape[i + 1] & FIRST_UPPER) != 0) {
                i++;
                continue;
            }
            int matched = i + 1 < n ? longestMatch(lower, i, phrase, ends) : 0;
            if (matched > 0) {
                for (int k = i + 1; k < matched; k++) {
                    tags[k] = RuleTree.I;
                }
                i = matched;
                continue;
            }
            if ((shape[i] & (FIRST_LOWER | ALL_UPPER)) != 0 || singleWordNames.contains(lower[i])) {
                i++;
                continue;
            }
            int runEnd = i + 1;
            while (runEnd < Math.min(i + LONGEST_MATCH, n) && (shape[runEnd] & FIRST_LOWER) == 0
                    && (shape[runEnd] & ALL_LETTERS) != 0 && !forms[runEnd].equals("LBKT")
                    && !forms[runEnd].equals("RBKT")) {
                runEnd++;
            }
            if (runEnd > i + 1) {
                if (i > 0 && middleNames.contains(lower[i]) && (shape[i - 1] & FIRST_UPPER) != 0
                        && familyNames.contains(lower[i - 1])) {
                    tags[i] = RuleTree.I;
                }
                for (int k = i + 1; k < runEnd; k++) {
                    tags[k] = RuleTree.I;
                }
                i = runEnd;
                continue;
            }
            i++;
        }
        return tags;
    }

    /**
     * End (exclusive) of the longest dictionary phrase of two to {@link #LONGEST_MATCH} syllables starting at
     * {@code i}, or 0. The two-syllable prefix is checked first: most positions start no phrase at all.
     */
    private int longestMatch(String[] lower, int i, StringBuilder phrase, int[] ends) {
        phrase.setLength(0);
        phrase.append(lower[i]).append(' ').append(lower[i + 1]);
        if (!prefixes.contains(phrase, 0, phrase.length())) {
            return 0;
        }
        ends[2] = phrase.length();
        int last = Math.min(i + LONGEST_MATCH, lower.length);
        for (int k = i + 2; k < last; k++) {
            phrase.append(' ').append(lower[k]);
            ends[k - i + 1] = phrase.length();
        }
        for (int j = last; j > i + 1; j--) {
            if (dictionary.contains(phrase, 0, ends[j - i])) {
                return j;
            }
        }
        return 0;
    }

    /**
     * The canonical form of one syllable, case kept. Most syllables are already canonical: the full normaliser runs
     * only when a syllable holds a character it may change (combining marks, look-alikes, invisible or no-break
     * characters, anything outside Latin) or ends in an old-style tone placement (o/u followed by a toned a, e, y).
     */
    static String canonicalSyllable(String syllable) {
        int n = syllable.length();
        for (int i = 0; i < n; i++) {
            char c = syllable.charAt(i);
            if ((c >= 0x300 && (c < 0x1E00 || c > 0x1EFF)) || c == '\u00D0' || c == '\u00F0' || c == '\u00A0'
                    || c == '\u00AD') {
                return nonEmpty(VietnameseNormalizer.canonical(syllable), syllable);
            }
        }
        if (n >= 2 && TONED_OLD_STYLE.indexOf(syllable.charAt(n - 1)) >= 0) {
            char before = Character.toLowerCase(syllable.charAt(n - 2));
            if (before == 'o' || before == 'u') {
                return nonEmpty(VietnameseNormalizer.canonical(syllable), syllable);
            }
        }
        return syllable;
    }

    private static void requireInput(Object input, String what) {
        if (input == null) {
            throw new IllegalArgumentException("the " + what + " to segment must not be null");
        }
    }

    private static List<String> firstTwoSyllables(Set<String> phrases) {
        List<String> out = new ArrayList<>(phrases.size());
        for (String phrase : phrases) {
            int second = phrase.indexOf(' ', phrase.indexOf(' ') + 1);
            out.add(second < 0 ? phrase : phrase.substring(0, second));
        }
        return out;
    }

    private static String nonEmpty(String canonical, String fallback) {
        return canonical.isEmpty() ? fallback : canonical;
    }
}
