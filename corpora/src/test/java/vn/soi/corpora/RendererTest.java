package vn.soi.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soi.corpora.render.Renderer;

/** Every format opens with its library and holds the generated text (scans hold none). */
class RendererTest {

    /** The first document of that format, written alone. */
    private static GeneratedDocument first(Path dir, Set<OutputFormat> formats, OutputFormat wanted)
            throws Exception {
        GeneratedDocument d = new CorpusGenerator().stream(GeneratorOptions.defaults(dir).withUnits(1)
                        .withYears(List.of(2025)).withMembers(5, 5).withSeed(3).withFormats(formats))
                .filter(x -> x.format() == wanted).findFirst().orElseThrow();
        new Renderer().write(dir, d);
        return d;
    }

    @Test
    void docx_holds_the_paragraphs(@TempDir Path dir) throws Exception {
        GeneratedDocument d = first(dir, EnumSet.of(OutputFormat.DOCX), OutputFormat.DOCX);
        try (InputStream in = Files.newInputStream(dir.resolve(d.path()));
             XWPFWordExtractor x = new XWPFWordExtractor(new XWPFDocument(in))) {
            assertTrue(x.getText().contains(d.blocks().get(d.blocks().size() - 1).text()));
            assertTrue(x.getText().contains(d.blocks().get(4).text()));
        }
    }

    @Test
    void pdf_has_a_text_layer_and_scan_has_none(@TempDir Path dir) throws Exception {
        GeneratedDocument d = first(dir, EnumSet.of(OutputFormat.PDF), OutputFormat.PDF);
        try (PDDocument pdf = Loader.loadPDF(dir.resolve(d.path()).toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), text);
        }
        Path scans = dir.resolve("scans");
        GeneratedDocument s = first(scans, EnumSet.of(OutputFormat.SCAN), OutputFormat.SCAN);
        try (PDDocument pdf = Loader.loadPDF(scans.resolve(s.path()).toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).isBlank());
            assertTrue(pdf.getPage(0).getResources().getXObjectNames().iterator().hasNext());
        }
    }

    @Test
    void registers_carry_the_contract_headers(@TempDir Path dir) throws Exception {
        GenerationSummary s = new CorpusGenerator().generate(GeneratorOptions.defaults(dir).withUnits(2)
                .withUnitsPerDistrict(1).withSeed(5).withMembers(5, 6).withFormats(EnumSet.of(OutputFormat.TXT)));
        assertTrue(s.byFormat().getOrDefault("csv", 0) + s.byFormat().getOrDefault("xlsx", 0) >= 4);
        for (GeneratedDocument d : new CorpusGenerator().stream(GeneratorOptions.defaults(dir).withUnits(2)
                .withUnitsPerDistrict(1).withSeed(5).withMembers(5, 6).withFormats(EnumSet.of(OutputFormat.TXT)))
                .filter(GeneratedDocument::isRegister).toList()) {
            List<String> header = d.format() == OutputFormat.CSV
                    ? List.of(Files.readAllLines(dir.resolve(d.path())).get(0).split(","))
                    : xlsxHeader(dir.resolve(d.path()));
            assertEquals(d.table().get(0), header, d.path());
            assertEquals(d.type() == vn.soi.indexer.document.DocumentType.RATING_REGISTER
                    ? List.of("Họ và tên", "Đơn vị", "Chức vụ", "Năm", "Mức xếp loại", "Đối tượng")
                    : List.of("Họ và tên", "Đơn vị", "Chức vụ", "Hình thức kỷ luật", "Ngày quyết định",
                    "Số quyết định", "Nội dung vi phạm"), header);
        }
    }

    private static List<String> xlsxHeader(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            var row = wb.getSheetAt(0).getRow(0);
            List<String> out = new java.util.ArrayList<>();
            row.forEach(c -> out.add(c.getStringCellValue()));
            return out;
        }
    }
}
