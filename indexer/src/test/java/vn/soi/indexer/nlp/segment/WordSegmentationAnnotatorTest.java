package vn.soi.indexer.nlp.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CoreNLP annotator, with a small model written by the test. */
class WordSegmentationAnnotatorTest {

    private static List<CoreLabel> tokens(String text) {
        List<CoreLabel> out = new ArrayList<>();
        for (Syllable s : SyllableTokenizer.tokenize(text)) {
            CoreLabel label = new CoreLabel();
            label.setWord(s.text());
            label.setValue(s.text());
            label.setOriginalText(s.text());
            label.setBeginPosition(s.start());
            label.setEndPosition(s.end());
            out.add(label);
        }
        return out;
    }

    @Test
    void marks_word_starts_and_word_indexes_on_each_sentence(@TempDir Path dir) throws IOException {
        WordSegmenter segmenter = WordSegmenter.load(TinyModel.write(dir, TinyModel.RULES,
                new HashSet<>(Set.of("chi bộ", "nhân dân"))));
        String text = "Chi bộ họp với nhân dân";
        Annotation document = new Annotation(text);
        CoreMap sentence = new ArrayCoreMap();
        List<CoreLabel> labels = tokens(text);
        sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        document.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));

        new WordSegmentationAnnotator(segmenter).annotate(document);

        List<Boolean> starts = labels.stream()
                .map(l -> l.get(VietnameseWordAnnotations.WordStartAnnotation.class)).toList();
        assertEquals(List.of(true, false, true, true, true, false), starts);
        List<Integer> indexes = labels.stream()
                .map(l -> l.get(VietnameseWordAnnotations.WordIndexAnnotation.class)).toList();
        assertEquals(List.of(0, 0, 1, 2, 3, 3), indexes);
        List<Word> words = sentence.get(VietnameseWordAnnotations.WordsAnnotation.class);
        assertEquals(List.of("Chi_bộ", "họp", "với", "nhân_dân"), words.stream().map(Word::text).toList());
        assertEquals("nhân dân", text.substring(words.get(3).start(), words.get(3).end()));
    }

    @Test
    void declares_tokens_as_requirement_and_its_annotations_as_provided(@TempDir Path dir) throws IOException {
        WordSegmentationAnnotator annotator = new WordSegmentationAnnotator(WordSegmenter.load(
                TinyModel.write(dir, TinyModel.RULES, new HashSet<>(Set.of("chi bộ")))));
        assertEquals(Set.of(CoreAnnotations.TokensAnnotation.class), annotator.requires());
        assertTrue(annotator.requirementsSatisfied().contains(VietnameseWordAnnotations.WordStartAnnotation.class));
        assertThrows(IllegalArgumentException.class, () -> annotator.annotate(new Annotation("chưa tách")));
    }
}
