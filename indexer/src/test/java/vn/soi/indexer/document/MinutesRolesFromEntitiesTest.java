package vn.soi.indexer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The chair and secretary of minutes named in running text, found through the entity recogniser. */
class MinutesRolesFromEntitiesTest {

    private final StructureExtractor extractor = StructureExtractor.standard();

    private static String quoted(String text, DocumentStructure s, FieldName name) {
        List<ExtractedField> fields = s.fields(name);
        assertEquals(1, fields.size(), () -> name + " in " + s.fields());
        ExtractedField f = fields.get(0);
        assertEquals(f.value(), text.substring(f.start(), f.end()));
        return f.value();
    }

    @Test
    void finds_chair_and_secretary_named_without_a_label() {
        String text = "BIÊN BẢN\nHội nghị do đồng chí Nguyễn Văn Hải, Bí thư Chi bộ, chủ trì.\n"
                + "Đồng chí Vũ Thị Lan làm thư ký hội nghị.\nI. Ý KIẾN GÓP Ý\n"
                + "- Đồng chí Trần Thị Cúc: Đề nghị làm rõ nguyên nhân.\n";
        DocumentStructure s = extractor.read(text, DocumentType.MINUTES);
        assertEquals("Nguyễn Văn Hải", quoted(text, s, FieldName.CHAIR));
        assertEquals("Vũ Thị Lan", quoted(text, s, FieldName.SECRETARY));
        assertTrue(s.warnings().stream().noneMatch(w -> w.contains("chủ trì")), s.warnings()::toString);
    }

    @Test
    void leaves_a_line_naming_both_roles_alone() {
        String text = "BIÊN BẢN\nĐồng chí Nguyễn Văn Hải chủ trì, đồng chí Vũ Thị Lan làm thư ký.\n"
                + "I. Ý KIẾN GÓP Ý\n- Đồng chí Trần Thị Cúc: Đề nghị làm rõ nguyên nhân.\n";
        DocumentStructure s = extractor.read(text, DocumentType.MINUTES);
        assertTrue(s.fields(FieldName.CHAIR).isEmpty(), s.fields()::toString);
        assertTrue(s.fields(FieldName.SECRETARY).isEmpty(), s.fields()::toString);
    }

    @Test
    void keeps_the_labelled_chair_when_there_is_one() {
        String text = "BIÊN BẢN\nChủ trì: Đ/c Mai Văn Long\nĐồng chí Lê Văn Tám chủ trì phần thảo luận.\n"
                + "I. Ý KIẾN GÓP Ý\n- Đồng chí Tạ Văn Hùng: Cần nêu rõ số liệu.\n";
        DocumentStructure s = extractor.read(text, DocumentType.MINUTES);
        assertEquals("Mai Văn Long", quoted(text, s, FieldName.CHAIR));
    }
}
