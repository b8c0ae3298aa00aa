package vn.soi.web.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.web.findings.FindingMasker;
import vn.soi.web.findings.ReviewedFinding;
import vn.soi.web.page.Dates;

/**
 * The exported table: a header row and one row per finding, each cell a {@link String} or a {@link Number}. Texts are
 * not yet neutralised (the writers do it). With a masking {@link FindingMasker}, names are pseudonymised and the
 * reviewer's name and note are left empty.
 *
 * @param header the column names
 * @param rows the rows, cells in header order
 */
public record FindingsTable(List<String> header, List<List<Object>> rows) {
    /** The column names, in Vietnamese. */
    public static final List<String> HEADER = List.of("Mã hồ sơ", "Mã dấu hiệu", "Dấu hiệu", "Mức độ", "Điểm",
            "Trạng thái xem xét", "Đối tượng", "Đơn vị", "Năm", "Tài liệu", "Loại tài liệu", "Giải thích", "Căn cứ",
            "Bằng chứng", "Số đo", "Người quyết định", "Thời điểm quyết định", "Ghi chú");

    /** Copies the fields. */
    public FindingsTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * @param findings the findings to export, in order
     * @param masker what the reader may see
     * @return the table
     */
    public static FindingsTable of(List<ReviewedFinding> findings, FindingMasker masker) {
        Objects.requireNonNull(masker, "masker");
        List<List<Object>> rows = new ArrayList<>();
        for (ReviewedFinding reviewed : findings) {
            Finding f = masker.mask(reviewed.finding());
            boolean showDecision = reviewed.latest() != null && !masker.masks();
            List<Object> row = new ArrayList<>();
            row.add(f.key());
            row.add(f.signal().name());
            row.add(reviewed.signalLabel());
            row.add(reviewed.severityLabel());
            row.add(f.score());
            row.add(reviewed.status().label());
            row.add(f.subject().name());
            row.add(f.subject().unit());
            row.add(f.subject().year() == null ? "" : f.subject().year());
            row.add(Objects.requireNonNullElse(f.document(), ""));
            row.add(f.documentType() == null ? "" : f.documentType().label());
            row.add(f.explanation());
            row.add(f.rule());
            row.add(f.evidence().stream().map(FindingsTable::evidence).collect(Collectors.joining("\n")));
            row.add(f.measures().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining("; ")));
            row.add(showDecision ? reviewed.latest().decidedBy() : "");
            row.add(showDecision ? Dates.format(reviewed.latest().decidedAt()) : "");
            row.add(showDecision ? reviewed.latest().note() : "");
            rows.add(row);
        }
        return new FindingsTable(HEADER, rows);
    }

    private static String evidence(Evidence e) {
        return e.document() + ": " + e.quote();
    }
}
