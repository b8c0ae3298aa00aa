package vn.soi.corpora.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soi.corpora.GeneratedDocument;
import vn.soi.corpora.GeneratorOptions;
import vn.soi.corpora.CorpusGenerator;
import vn.soi.corpora.OutputFormat;
import vn.soi.corpora.labels.FileLabel;
import vn.soi.corpora.text.Block;
import vn.soi.corpora.text.BlockKind;
import vn.soi.corpora.text.PartKind;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.extract.ExtractedText;
import vn.soi.indexer.extract.ExtractionLimits;
import vn.soi.indexer.extract.Extractor;
import vn.soi.indexer.normalize.LegacyEncoding;
import vn.soi.indexer.normalize.LegacyFontConverter;
import vn.soi.indexer.normalize.VietnameseNormalizer;

/** TCVN3 and VNI Word files come back, through the indexer's extractor, as exactly the Unicode that was rendered. */
class LegacyFontRenderingTest {

    private static final VietnameseNormalizer NORMALIZER = VietnameseNormalizer.standard();
    private static Extractor extractor;

    /** A report written for this test: capital headings, toned capitals inside words, names in capitals. */
    private static final List<String> REPORT = List.of(
            "ĐẢNG BỘ HUYỆN THANH LIÊM",
            "CHI BỘ ỦY BAN NHÂN DÂN XÃ LAM SƠN",
            "PHÒNG NỘI VỤ",
            "BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2025",
            "Họ và tên: NGUYỄN THỊ ẨN. Chức vụ: Phó Chủ tịch Ủy ban nhân dân xã.",
            "I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC",
            "Ủy ban đã giải quyết 42 hồ sơ đúng hạn; Ở thôn Ấp Đông, Ông Ưng và Bà Ễnh ĐÃ ký nhận.",
            "II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN (THEO QĐ 366-QĐ/TW)",
            "ỨNG dụng phần mềm còn chậm; ỦY QUYỀN chưa rõ: Ỷ lại, Ỵ, Ỹ, Ý, Ỳ.",
            "Người kiểm điểm",
            "Hoàng Văn Ổn");

    @BeforeAll
    static void open() {
        extractor = new Extractor(ExtractionLimits.defaults().withOcr(false));
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    private static GeneratedDocument handwritten(OutputFormat format) {
        List<Block> blocks = REPORT.stream().map(t -> new Block(t.equals(t.toUpperCase(Locale.ROOT))
                ? BlockKind.HEADING : BlockKind.PARAGRAPH, PartKind.HEADER, t)).toList();
        return new GeneratedDocument("bkc-" + format.cliName() + ".docx", DocumentType.INDIVIDUAL_REPORT, format,
                blocks, List.of(), new FileLabel(DocumentType.INDIVIDUAL_REPORT, "Nguyễn Thị Ẩn",
                "Chi bộ Ủy ban nhân dân xã Lam Sơn", 2025, List.of(), List.of(), "test"), List.of());
    }

    private static String roundTrip(Path dir, GeneratedDocument d, LegacyEncoding expected) throws Exception {
        new Renderer().write(dir, d);
        ExtractedText x = extractor.extract(dir.resolve(d.path()));
        assertEquals(expected, x.legacyEncodingIfAny().orElse(null), d.path());
        return NORMALIZER.normalize(x.text()).text().strip();
    }

    @Test
    void tcvn3_report_with_toned_capitals_extracts_to_the_unicode_original(@TempDir Path dir) throws Exception {
        GeneratedDocument d = handwritten(OutputFormat.TCVN3);
        assertEquals(d.text().strip(), roundTrip(dir, d, LegacyEncoding.TCVN3));
    }

    @Test
    void vni_report_with_toned_capitals_extracts_to_the_unicode_original(@TempDir Path dir) throws Exception {
        GeneratedDocument d = handwritten(OutputFormat.VNI);
        assertEquals(d.text().strip(), roundTrip(dir, d, LegacyEncoding.VNI));
    }

    @Test
    void generated_reports_survive_both_legacy_fonts(@TempDir Path dir) throws Exception {
        List<GeneratedDocument> docs = new CorpusGenerator().stream(GeneratorOptions.defaults(dir).withUnits(1)
                        .withYears(List.of(2025)).withMembers(4, 4).withSeed(11)
                        .withFormats(EnumSet.of(OutputFormat.DOCX)))
                .filter(g -> !g.isRegister()).limit(3).toList();
        for (GeneratedDocument d : docs) {
            String original = d.text().strip();
            assertTrue(original.chars().anyMatch(c -> c > 0x7F && Character.isUpperCase(c)), d.path());
            assertEquals(original, roundTrip(dir.resolve("tcvn3"), d.withFormat(OutputFormat.TCVN3),
                    LegacyEncoding.TCVN3), d.path());
            assertEquals(original, roundTrip(dir.resolve("vni"), d.withFormat(OutputFormat.VNI),
                    LegacyEncoding.VNI), d.path());
        }
    }

    @Test
    void toned_capitals_go_to_the_capitals_font_as_lowercase_codes() {
        List<FontRuns.Run> runs = FontRuns.tcvn3("Đồng chí NGUYỄN VĂN ỦY, Ủy viên");
        assertEquals(List.of(FontRuns.TCVN3_FONT, FontRuns.TCVN3_CAPITALS_FONT, FontRuns.TCVN3_FONT),
                runs.stream().map(FontRuns.Run::font).toList());
        assertEquals(List.of("Đồng chí", " nguyễn văn ủy, ủ", "y viên"), runs.stream()
                .map(r -> LegacyFontConverter.toUnicode(r.text(), LegacyEncoding.TCVN3)).toList());
        for (FontRuns.Run r : runs) {
            assertTrue(r.text().chars().allMatch(c -> c >= 0x20), r.toString());
        }
    }
}
