package vn.soi.indexer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentClassifierTest {

    private final DocumentClassifier classifier = DocumentClassifier.standard();

    @ParameterizedTest
    @CsvSource({
        "individual-2022-roman.txt, INDIVIDUAL_REPORT",
        "individual-2024-arabic.txt, INDIVIDUAL_REPORT",
        "individual-2025-parts.txt, INDIVIDUAL_REPORT",
        "individual-2023-unnumbered.txt, INDIVIDUAL_REPORT",
        "collective-2024.txt, COLLECTIVE_REPORT",
        "minutes-2024.txt, MINUTES",
        "decision-discipline.txt, DISCIPLINE_DECISION",
        "decision-rating.txt, RATING_DECISION",
        "news-like.txt, OTHER"
    })
    void classifies_each_hand_written_document_by_its_title(String file, DocumentType expected) {
        Classification c = classifier.classify(TestDocuments.read(file), "");
        assertEquals(expected, c.type(), () -> file + " " + c);
        assertTrue(c.confidence() >= 0.6, () -> file + " " + c);
        assertTrue(c.confidence() <= 1.0);
        assertTrue(!c.cues().isEmpty());
    }

    @Test
    void names_the_title_line_that_decided() {
        Classification c = classifier.classify(TestDocuments.read("individual-2024-arabic.txt"), "a.docx");
        assertTrue(c.cues().contains("title: \"BẢN KIỂM ĐIỂM CÁ NHÂN\" (+10.0)"), c.cues()::toString);
    }

    @Test
    void news_mentioning_reports_in_running_text_is_other() {
        String news = "Hội nghị tổng kết công tác kiểm điểm\n"
                + "Các chi bộ đã hoàn thành bản kiểm điểm, báo cáo kiểm điểm tập thể và biên bản hội nghị đúng hạn.\n"
                + "Nhiều bản kiểm điểm còn chung chung, chưa nêu rõ hạn chế.\n";
        assertEquals(DocumentType.OTHER, classifier.classify(news, "tin-tuc.html").type());
    }

    @Test
    void an_ocr_title_that_lost_its_diacritics_still_decides_and_says_so() {
        String scanned = "DANG BỘ HUYỆN AN PHÚ\nCHI BỘ TRƯỜNG MẦM NON\n\nBẢN TỰ KIEM ĐIỂM CÁ NHAN\nNăm 2025\n"
                + "Họ và tên: Võ Thị Hạnh\nA. NHỮNG ƯU ĐIỂM, KẾT QUA ĐẠT DUOC\nHoàn thành 4 chuyên đề.\n";

        Classification c = classifier.classify(scanned, "scan.pdf");

        assertEquals(DocumentType.INDIVIDUAL_REPORT, c.type());
        assertTrue(c.cues().stream().anyMatch(cue -> cue.contains("không dấu")), c.cues().toString());
    }

    @Test
    void empty_text_is_other_with_a_reason() {
        Classification c = classifier.classify("", null);
        assertEquals(DocumentType.OTHER, c.type());
        assertEquals(List.of("no cue of any review document"), c.cues());
    }

    @Test
    void a_register_as_text_is_told_by_its_columns_and_extension() {
        String csv = "Họ và tên,Đơn vị,Hình thức kỷ luật,Ngày quyết định\nNguyễn Văn A,Chi bộ 1,Khiển trách,12/08/2023\n";
        assertEquals(DocumentType.DISCIPLINE_REGISTER, classifier.classify(csv, "ky-luat-2023.csv").type());
        String ratings = "Họ và tên,Đơn vị,Năm,Mức xếp loại\nNguyễn Văn A,Chi bộ 1,2023,HTTNV\n";
        assertEquals(DocumentType.RATING_REGISTER, classifier.classify(ratings, "xep-loai.xlsx").type());
    }

    @Test
    void the_seed_news_articles_are_other() throws IOException {
        String shared = System.getProperty("soi.shared");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "seeds")),
                "skipped: the shared seed articles (system property soi.shared) are not available");
        try (Stream<Path> files = Files.list(Path.of(shared, "seeds"))) {
            for (Path file : files.sorted().toList()) {
                // The readers take normalised text; these two steps are all the seeds need.
                String text = Normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8),
                        Normalizer.Form.NFC).replace('Ð', 'Đ');
                Classification c = classifier.classify(text, file.getFileName().toString());
                assertEquals(DocumentType.OTHER, c.type(), () -> file + " " + c);
            }
        }
    }
}
