package vn.soi.indexer.nlp.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The segmenter with the published VnCoreNLP model, on sentences written for these tests. */
class WordSegmenterTest {

    private static String segmented(String sentence) {
        return SharedModel.segmenterOrSkip().segmentToString(sentence).strip();
    }

    @Test
    void joins_a_three_syllable_personal_name_into_one_word() {
        String out = segmented("Đồng chí Nguyễn Văn Thành phát biểu tại hội nghị .");
        assertTrue(out.contains("Nguyễn_Văn_Thành"), out);
    }

    @Test
    void segments_common_words_of_review_reports() {
        assertEquals("Ủy_ban đã làm_việc với nhân_dân về kết_quả kiểm_điểm .",
                segmented("Ủy ban đã làm việc với nhân dân về kết quả kiểm điểm ."));
        assertTrue(segmented("Ủy ban nhân dân xã họp .").startsWith("Ủy_ban_nhân_dân xã"),
                "the model's vocabulary holds the four-syllable word");
    }

    @Test
    void reads_new_and_old_tone_placement_alike() {
        String newStyle = segmented("Ban thường vụ huyện ủy họp sáng nay .");
        String oldStyle = segmented("Ban thường vụ huyện uỷ họp sáng nay .");
        assertTrue(newStyle.contains("huyện_ủy"), newStyle);
        assertTrue(oldStyle.contains("huyện_uỷ"), oldStyle);
        assertEquals(newStyle.replace("ủy", "uỷ"), oldStyle);
    }

    @Test
    void keeps_offsets_into_the_input_and_writes_words_as_typed() {
        String text = "Chi bộ   tổ chức hội nghị, kiểm điểm.";
        List<Word> words = SharedModel.segmenterOrSkip().segment(text);
        Word first = words.get(0);
        assertEquals("Chi_bộ", first.text());
        assertEquals("Chi bộ", text.substring(first.start(), first.end()));
        assertEquals(2, first.syllableCount());
        Word comma = words.stream().filter(w -> w.text().equals(",")).findFirst().orElseThrow();
        assertEquals(",", text.substring(comma.start(), comma.end()));
        Word last = words.get(words.size() - 1);
        assertEquals(".", last.text());
        assertEquals(text.length(), last.end());
        for (Word w : words) {
            assertEquals(w.text().replace('_', ' '), text.substring(w.start(), w.end()).replaceAll(" +", " "));
        }
    }

    @Test
    void prints_one_sentence_per_line_like_vnCoreNLP() {
        String out = SharedModel.segmenterOrSkip().segmentToString(
                "Tôi tự nhận mức hoàn thành tốt nhiệm vụ. Chi bộ nhất trí.\nĐảng viên phát biểu");
        String[] lines = out.split("\n");
        assertEquals(3, lines.length, out);
        assertTrue(lines[0].endsWith("."), out);
        assertTrue(lines[1].startsWith("Chi_bộ"), out);
        assertTrue(lines[2].startsWith("Đảng_viên"), out);
    }

    @Test
    void loads_from_the_wordsegmenter_folder_itself() throws IOException {
        SharedModel.segmenterOrSkip();
        WordSegmenter direct = WordSegmenter.load(SharedModel.modelsDir().resolve(WordSegmenter.MODEL_FOLDER));
        assertEquals("nhân_dân", direct.segmentToString("nhân dân").strip());
        assertTrue(direct.ruleCount() > 1000, "rules: " + direct.ruleCount());
    }

    @Test
    void refuses_a_folder_without_a_model_naming_the_missing_file(@TempDir Path empty) {
        IOException e = assertThrows(IOException.class, () -> WordSegmenter.load(empty));
        assertTrue(e.getMessage().contains(WordSegmenter.RULES_FILE), e.getMessage());
    }

    @Test
    void handles_empty_input_and_symbols() {
        WordSegmenter segmenter = SharedModel.segmenterOrSkip();
        assertEquals("", segmenter.segmentToString("   \n "));
        assertEquals(0, segmenter.wordStarts(List.of()).length);
        assertEquals("75 % , 1.250.000 đồng", segmenter.segmentToString("75 %, 1.250.000 đồng").strip());
    }
}
