package vn.soi.indexer.nlp.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.soi.indexer.normalize.VietnameseNormalizer;

/**
 * The Single Classification Ripple-Down Rules tree of RDRsegmenter ({@code wordsegmenter.rdr}), compiled for speed.
 *
 * <p>File format: the first line is the root ({@code True : object.conclusion = "NN"}); every other line is
 * {@code <tabs>object.a == "v" and object.b == "w" : object.conclusion = "B"}, its depth being its number of leading
 * tabs. A node one tab deeper than the previous line is that line's exception child; nodes at the same depth under the
 * same parent form an "if not" chain. Evaluation starts at the root (always satisfied): inside a chain the first
 * satisfied node wins and evaluation continues in its exception chain; the last satisfied node fires. An empty value
 * ({@code ""}) means the position lies outside the sentence.
 *
 * <p>Values are interned to integers, so a condition is a few int comparisons; long chains are indexed by one word
 * clause per node so that only the nodes that can match are tested. Rule values are canonicalised
 * ({@link VietnameseNormalizer#canonical}) like the input, which also repairs the two decomposed (NFD) values of the
 * published model.
 */
final class RuleTree {

    /** Attribute slots of a context window. */
    static final int TAG = 0;
    static final int WORD = 1;
    static final int PREV_WORD1 = 2;
    static final int PREV_TAG1 = 3;
    static final int PREV_WORD2 = 4;
    static final int PREV_TAG2 = 5;
    static final int NEXT_WORD1 = 6;
    static final int NEXT_TAG1 = 7;
    static final int NEXT_WORD2 = 8;
    static final int NEXT_TAG2 = 9;
    static final int SLOTS = 10;

    /** Symbol of "no word here" (outside the sentence). */
    static final int NO_WORD = 0;
    /** Symbol of "no tag here" (outside the sentence). */
    static final int NO_TAG = 1;
    /** Symbol of tag B (a syllable that begins a word). */
    static final int B = 2;
    /** Symbol of tag I (a syllable inside a word). */
    static final int I = 3;
    /** Symbol of a word that no rule mentions. */
    static final int UNKNOWN = -1;

    /** Evaluation result when only the root fired: keep the initial tag. */
    static final int KEEP = -1;

    private static final int[] WORD_SLOTS = {WORD, PREV_WORD1, NEXT_WORD1, PREV_WORD2, NEXT_WORD2};
    private static final int INDEXED_CHAIN_LENGTH = 8;
    private static final Map<String, Integer> SLOT_NAMES = Map.of(
            "tag", TAG, "word", WORD, "prevWord1", PREV_WORD1, "prevTag1", PREV_TAG1, "prevWord2", PREV_WORD2,
            "prevTag2", PREV_TAG2, "nextWord1", NEXT_WORD1, "nextTag1", NEXT_TAG1, "nextWord2", NEXT_WORD2,
            "nextTag2", NEXT_TAG2);

    private final Map<String, Integer> wordSymbols;
    private final Chain top;
    private final int ruleCount;

    private RuleTree(Map<String, Integer> wordSymbols, Chain top, int ruleCount) {
        this.wordSymbols = wordSymbols;
        this.top = top;
        this.ruleCount = ruleCount;
    }

    /** Reads and compiles a rule file; errors name the file and the line. */
    static RuleTree read(Path file) throws IOException {
        Map<String, Integer> symbols = new HashMap<>();
        List<Draft> path = new ArrayList<>();
        Draft root = new Draft(new int[0], new int[0], KEEP);
        path.add(root);
        int count = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            if (line == null || !line.startsWith("True")) {
                throw new IOException("RDR rule file " + file + ": line 1 must be the root rule 'True : ...'");
            }
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                int depth = 0;
                while (depth < line.length() && line.charAt(depth) == '\t') {
                    depth++;
                }
                String rule = line.strip();
                if (rule.isEmpty() || rule.contains("cc:")) {
                    continue;
                }
                if (depth == 0 || depth > path.size()) {
                    throw new IOException("RDR rule file " + file + " line " + lineNo + ": depth " + depth
                            + " does not follow a rule of depth " + (depth - 1));
                }
                Draft node = parseRule(rule, symbols, file, lineNo);
                path.get(depth - 1).children.add(node);
                path.subList(depth, path.size()).clear();
                path.add(node);
                count++;
            }
        }
        return new RuleTree(Map.copyOf(symbols), compile(root.children, symbols.size() + 4), count);
    }

    /** Number of rules below the root. */
    int ruleCount() {
        return ruleCount;
    }

    /** The symbol of a canonical lower-case word, or {@link #UNKNOWN} when no rule mentions it. */
    int wordSymbol(String canonicalLower) {
        Integer id = wordSymbols.get(canonicalLower);
        return id == null ? UNKNOWN : id;
    }

    /**
     * The conclusion for one context window ({@link #B} or {@link #I}), or {@link #KEEP} when only the root fired.
     *
     * @param window {@link #SLOTS} symbols, indexed by the slot constants
     */
    int conclude(int[] window) {
        int fired = KEEP;
        Chain chain = top;
        while (chain != null) {
            Node node = chain.firstSatisfied(window);
            if (node == null) {
                break;
            }
            fired = node.conclusion;
            chain = node.except;
        }
        return fired;
    }

    private static Draft parseRule(String rule, Map<String, Integer> symbols, Path file, int lineNo)
            throws IOException {
        int sep = rule.indexOf(" : ");
        if (sep < 0) {
            throw new IOException("RDR rule file " + file + " line " + lineNo + ": no ' : ' in rule: " + rule);
        }
        String conclusionText = quoted(rule.substring(sep + 3), file, lineNo);
        int conclusion = switch (conclusionText) {
            case "B" -> B;
            case "I" -> I;
            default -> throw new IOException("RDR rule file " + file + " line " + lineNo
                    + ": conclusion must be \"B\" or \"I\", found \"" + conclusionText + "\"");
        };
        String[] clauses = rule.substring(0, sep).split(" and ", -1);
        int[] slots = new int[clauses.length];
        int[] values = new int[clauses.length];
        for (int c = 0; c < clauses.length; c++) {
            String clause = clauses[c].strip();
            int eq = clause.indexOf(" == ");
            if (!clause.startsWith("object.") || eq < 0) {
                throw new IOException("RDR rule file " + file + " line " + lineNo + ": bad condition: " + clause);
            }
            String name = clause.substring("object.".length(), eq);
            Integer slot = SLOT_NAMES.get(name);
            if (slot == null) {
                throw new IOException("RDR rule file " + file + " line " + lineNo + ": unknown attribute " + name);
            }
            String value = quoted(clause.substring(eq + 4), file, lineNo);
            slots[c] = slot;
            values[c] = symbol(slot, value, symbols, file, lineNo);
        }
        return new Draft(slots, values, conclusion);
    }

    private static int symbol(int slot, String value, Map<String, Integer> symbols, Path file, int lineNo)
            throws IOException {
        boolean tagSlot = slot == TAG || slot == PREV_TAG1 || slot == PREV_TAG2 || slot == NEXT_TAG1
                || slot == NEXT_TAG2;
        if (value.isEmpty()) {
            return tagSlot ? NO_TAG : NO_WORD;
        }
        if (tagSlot) {
            return switch (value) {
                case "B" -> B;
                case "I" -> I;
                default -> throw new IOException("RDR rule file " + file + " line " + lineNo
                        + ": tag value must be \"B\" or \"I\", found \"" + value + "\"");
            };
        }
        String canonical = VietnameseNormalizer.canonical(value);
        return symbols.computeIfAbsent(canonical, k -> symbols.size() + 4);
    }

    private static String quoted(String text, Path file, int lineNo) throws IOException {
        int open = text.indexOf('"');
        int close = text.lastIndexOf('"');
        if (open < 0 || close <= open) {
            throw new IOException("RDR rule file " + file + " line " + lineNo + ": expected a quoted value in: "
                    + text);
        }
        return text.substring(open + 1, close);
    }

    private static Chain compile(List<Draft> drafts, int symbolCount) {
        if (drafts.isEmpty()) {
            return null;
        }
        Node[] nodes = new Node[drafts.size()];
        for (int i = 0; i < nodes.length; i++) {
            Draft d = drafts.get(i);
            nodes[i] = new Node(d.slots, d.values, d.conclusion, compile(d.children, symbolCount));
        }
        return new Chain(nodes, symbolCount);
    }

    /** A rule as read, before compilation. */
    private record Draft(int[] slots, int[] values, int conclusion, List<Draft> children) {
        Draft(int[] slots, int[] values, int conclusion) {
            this(slots, values, conclusion, new ArrayList<>());
        }
    }

    /** A compiled rule: a conjunction of slot equalities, a conclusion and an exception chain. */
    private static final class Node {
        final int[] slots;
        final int[] values;
        final int conclusion;
        final Chain except;

        Node(int[] slots, int[] values, int conclusion, Chain except) {
            this.slots = slots;
            this.values = values;
            this.conclusion = conclusion;
            this.except = except;
        }

        boolean satisfiedBy(int[] window) {
            for (int c = 0; c < slots.length; c++) {
                if (window[slots[c]] != values[c]) {
                    return false;
                }
            }
            return true;
        }

        /** The word clause used to index this rule, preferring the current word; -1 when it has none. */
        int keyClause() {
            int found = -1;
            for (int c = 0; c < slots.length; c++) {
                if (slots[c] == WORD) {
                    return c;
                }
                if (found < 0 && isWordSlot(slots[c])) {
                    found = c;
                }
            }
            return found;
        }
    }

    private static boolean isWordSlot(int slot) {
        return slot == WORD || slot == PREV_WORD1 || slot == PREV_WORD2 || slot == NEXT_WORD1 || slot == NEXT_WORD2;
    }

    /** An "if not" chain: the first satisfied node, in file order, wins. */
    private static final class Chain {
        final Node[] nodes;
        /** For an indexed chain: per slot, per symbol, the positions of the nodes keyed on it (ascending). */
        final int[][][] keyed;
        /** For an indexed chain: positions of nodes without a word clause (ascending). */
        final int[] unkeyed;

        Chain(Node[] nodes, int symbolCount) {
            this.nodes = nodes;
            if (nodes.length < INDEXED_CHAIN_LENGTH) {
                this.keyed = null;
                this.unkeyed = null;
                return;
            }
            List<List<List<Integer>>> bySlot = new ArrayList<>();
            for (int s = 0; s < SLOTS; s++) {
                bySlot.add(null);
            }
            List<Integer> rest = new ArrayList<>();
            for (int pos = 0; pos < nodes.length; pos++) {
                int c = nodes[pos].keyClause();
                if (c < 0) {
                    rest.add(pos);
                    continue;
                }
                int slot = nodes[pos].slots[c];
                if (bySlot.get(slot) == null) {
                    List<List<Integer>> lists = new ArrayList<>();
                    for (int v = 0; v < symbolCount; v++) {
                        lists.add(null);
                    }
                    bySlot.set(slot, lists);
                }
                List<List<Integer>> lists = bySlot.get(slot);
                int value = nodes[pos].values[c];
                if (lists.get(value) == null) {
                    lists.set(value, new ArrayList<>());
                }
                lists.get(value).add(pos);
            }
            this.keyed = new int[SLOTS][][];
            for (int s = 0; s < SLOTS; s++) {
                List<List<Integer>> lists = bySlot.get(s);
                if (lists != null) {
                    keyed[s] = new int[symbolCount][];
                    for (int v = 0; v < symbolCount; v++) {
                        if (lists.get(v) != null) {
                            keyed[s][v] = lists.get(v).stream().mapToInt(Integer::intValue).toArray();
                        }
                    }
                }
            }
            this.unkeyed = rest.stream().mapToInt(Integer::intValue).toArray();
        }

        Node firstSatisfied(int[] window) {
            if (keyed == null) {
                for (Node node : nodes) {
                    if (node.satisfiedBy(window)) {
                        return node;
                    }
                }
                return null;
            }
            int best = Integer.MAX_VALUE;
            best = firstIn(unkeyed, window, best);
            for (int slot : WORD_SLOTS) {
                int[][] bySymbol = keyed[slot];
                int value = window[slot];
                if (bySymbol != null && value >= 0 && value < bySymbol.length && bySymbol[value] != null) {
                    best = firstIn(bySymbol[value], window, best);
                }
            }
            return best == Integer.MAX_VALUE ? null : nodes[best];
        }

        private int firstIn(int[] positions, int[] window, int best) {
            for (int pos : positions) {
                if (pos >= best) {
                    return best;
                }
                if (nodes[pos].satisfiedBy(window)) {
                    return pos;
                }
            }
            return best;
        }
    }
}
