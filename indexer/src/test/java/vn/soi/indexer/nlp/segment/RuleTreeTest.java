package vn.soi.indexer.nlp.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and evaluating the ripple-down rule tree, on a small model written by the test. */
class RuleTreeTest {

    @Test
    void fires_the_deepest_satisfied_rule_and_matches_old_style_values_to_new_style_input(@TempDir Path dir)
            throws IOException {
        WordSegmenter segmenter = WordSegmenter.load(TinyModel.write(dir, TinyModel.RULES,
                new HashSet<>(Set.of("cán bộ", "nhân dân"))));
        // "ủy ban" is not in this vocabulary: the depth-2 rule joins it, in either tone placement.
        assertEquals("ủy_ban xã", segmenter.segmentToString("ủy ban xã").strip());
        assertEquals("uỷ_ban xã", segmenter.segmentToString("uỷ ban xã").strip());
        // At the end of the sentence the depth-3 exception (nextWord1 outside the sentence) keeps B.
        assertEquals("ủy ban", segmenter.segmentToString("ủy ban").strip());
        // Longest match makes "cán bộ" a word, the I-branch rule splits it again.
        assertEquals("cán bộ nhân_dân", segmenter.segmentToString("cán bộ nhân dân").strip());
    }

    @Test
    void reports_the_line_of_a_malformed_rule(@TempDir Path dir) throws IOException {
        Path models = TinyModel.write(dir, "True : object.conclusion = \"NN\"\n"
                + "\tobject.tag == \"B\" : object.conclusion = \"B\"\n"
                + "\t\tobject.colour == \"đỏ\" : object.conclusion = \"I\"\n", new HashSet<>(Set.of("a b")));
        IOException e = assertThrows(IOException.class, () -> WordSegmenter.load(models));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
    }

    @Test
    void rejects_a_rule_deeper_than_its_parent_allows(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.rdr"), "True : object.conclusion = \"NN\"\n"
                + "\t\t\tobject.word == \"a\" : object.conclusion = \"I\"\n");
        IOException e = assertThrows(IOException.class, () -> RuleTree.read(file));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void evaluates_long_chains_through_the_index_in_file_order(@TempDir Path dir) throws IOException {
        StringBuilder rules = new StringBuilder("True : object.conclusion = \"NN\"\n"
                + "\tobject.tag == \"B\" : object.conclusion = \"B\"\n");
        for (int k = 0; k < 20; k++) {
            rules.append("\t\tobject.word == \"w").append(k).append("\" : object.conclusion = \"I\"\n");
        }
        rules.append("\t\tobject.prevWord1 == \"x\" : object.conclusion = \"I\"\n");
        rules.append("\t\tobject.prevWord1 == \"x\" and object.word == \"w3\" : object.conclusion = \"B\"\n");
        Path file = Files.writeString(dir.resolve("chain.rdr"), rules.toString());
        RuleTree tree = RuleTree.read(file);
        assertEquals(23, tree.ruleCount());
        int[] window = {RuleTree.B, tree.wordSymbol("w3"), tree.wordSymbol("x"), RuleTree.B, RuleTree.NO_WORD,
                RuleTree.NO_TAG, RuleTree.NO_WORD, RuleTree.NO_TAG, RuleTree.NO_WORD, RuleTree.NO_TAG};
        assertEquals(RuleTree.I, tree.conclude(window), "the earlier word rule wins over the later pair rule");
        window[RuleTree.WORD] = RuleTree.UNKNOWN;
        assertEquals(RuleTree.I, tree.conclude(window), "the prevWord1 rule");
        window[RuleTree.PREV_WORD1] = RuleTree.UNKNOWN;
        assertEquals(RuleTree.B, tree.conclude(window), "only the depth-1 rule");
        window[RuleTree.TAG] = RuleTree.I;
        assertEquals(RuleTree.KEEP, tree.conclude(window), "only the root");
    }
}
