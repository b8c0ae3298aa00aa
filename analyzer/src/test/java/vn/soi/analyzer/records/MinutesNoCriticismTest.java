package vn.soi.analyzer.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.soi.analyzer.testing.TestDocs.doc;
import static vn.soi.analyzer.testing.TestDocs.run;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.analyzer.testing.TestDocs;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.SectionKind;

class MinutesNoCriticismTest {

    private static final String PRAISE_1 = "Tôi nhất trí với bản kiểm điểm, đồng chí luôn gương mẫu và tích cực.";
    private static final String PRAISE_2 = "Thống nhất cao, đồng chí không có hạn chế gì đáng kể.";
    private static final String MILD = "Nhìn chung tốt, nhưng việc trả lời văn bản của đơn vị đôi lúc còn chậm, đề "
            + "nghị đồng chí chú ý hơn.";
    private static final String ANSWER = "Tôi xin tiếp thu các ý kiến và chưa có gì cần giải trình.";

    static TestDocs minutes(String... opinions) {
        StringBuilder text = new StringBuilder("BIÊN BẢN HỘI NGHỊ KIỂM ĐIỂM\nĐồng chí Nguyễn Hữu Nam, Bí thư chi bộ"
                + " trình bày bản kiểm điểm.\nÝ kiến góp ý:\n");
        for (String o : opinions) {
            text.append("- ").append(o).append('\n');
        }
        text.append(ANSWER).append("\nKết luận: chủ trì kết luận.\n");
        TestDocs doc = doc("bb/nam-2024.txt", DocumentType.MINUTES, text.toString())
                .field(FieldName.PERSON, "Nguyễn Hữu Nam").field(FieldName.YEAR, "2024");
        for (String o : opinions) {
            doc.opinion("Đồng chí A", o, false);
        }
        return doc.opinion("Nguyễn Hữu Nam", ANSWER, true).section(SectionKind.CONCLUSION, "Kết luận:", null);
    }

    @Test
    void flags_minutes_whose_opinions_only_agree_and_praise() {
        List<Finding> findings = run(new MinutesNoCriticism(), minutes(PRAISE_1, PRAISE_2).build());

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(2, f.measures().get("opinions"));
        assertEquals(List.of(PRAISE_1, PRAISE_2), f.evidence().stream().map(e -> e.quote()).toList());
        assertTrue(f.explanation().startsWith("Biên bản ghi 2 ý kiến nhưng không có ý kiến nào góp ý, phê bình"),
                f.explanation());
    }

    @Test
    void one_mild_but_real_criticism_keeps_it_quiet() {
        assertTrue(run(new MinutesNoCriticism(), minutes(PRAISE_1, MILD, PRAISE_2).build()).isEmpty());
    }

    @Test
    void a_request_naming_the_comrade_and_wrapped_across_lines_is_criticism() {
        String wrapped = "Đề nghị đồng chí Lương Xuân\nTùng làm rõ vì sao thu ngân sách chỉ đạt 97% kế hoạch.";
        String mild = "Cơ bản nhất trí; mong đồng chí Cao Trọng Quang quan tâm\nhơn đến an ninh trật tự ở thôn.";

        assertTrue(run(new MinutesNoCriticism(), minutes(PRAISE_1, wrapped).build()).isEmpty());
        assertTrue(run(new MinutesNoCriticism(), minutes(PRAISE_1, mild).build()).isEmpty());
    }

    @Test
    void flags_minutes_with_no_opinion_at_all_and_points_at_the_conclusion() {
        List<Finding> findings = run(new MinutesNoCriticism(), minutes().build());

        assertEquals(1, findings.size());
        assertEquals(0, findings.get(0).measures().get("opinions"));
        assertTrue(findings.get(0).evidence().get(0).quote().startsWith("Kết luận:"));
    }

    @Test
    void only_praise_for_a_head_is_high_severity() {
        List<Finding> findings = run(new MinutesNoCriticism(),
                minutes(PRAISE_1).field(FieldName.HEAD, "true").build());

        assertEquals(Severity.HIGH, findings.get(0).severity());
        assertTrue(findings.get(0).explanation().endsWith("kể cả đối với người đứng đầu."));
    }
}
