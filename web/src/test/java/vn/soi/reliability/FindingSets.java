package vn.soi.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.FindingKey;
import vn.soi.analyzer.finding.Severity;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.analyzer.finding.Subject;
import vn.soi.indexer.document.DocumentType;

/**
 * Two hand-made finding sets of different sizes for the findings crash trial: A, large enough that writing it takes
 * a while, and B, small. A store that is ever anything but exactly one of them has been torn.
 */
final class FindingSets {

    /** Findings in set A. */
    static final int A_SIZE = 400;
    /** Findings in set B. */
    static final int B_SIZE = 17;

    private static final String[] PEOPLE = {"Nguyễn Thị Hạnh", "Trần Quốc Tuấn", "Lê Minh Thủy", "Phạm Đức Hòa",
            "Vũ Ngọc Lan"};

    private FindingSets() {
    }

    static List<Finding> a() {
        return set("A", A_SIZE, SignalId.PRAISE_HEAVY, Severity.MEDIUM);
    }

    static List<Finding> b() {
        return set("B", B_SIZE, SignalId.VAGUE_SELF_CRITICISM, Severity.HIGH);
    }

    private static List<Finding> set(String name, int size, SignalId signal, Severity severity) {
        List<Finding> findings = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Subject subject = new Subject(Subject.Kind.PERSON, PEOPLE[i % PEOPLE.length],
                    "Chi bộ Khu phố " + (1 + i % 9), 2022 + i % 3);
            String hash = String.format("%064x", i * 31L + name.hashCode());
            String document = "tap-" + name + "/ban-kiem-diem-" + i + ".docx";
            findings.add(new Finding(FindingKey.of(signal, subject, List.of(hash)), signal, severity,
                    (i % 100) / 100.0, document, DocumentType.INDIVIDUAL_REPORT, subject,
                    List.of(new Evidence(document, "Luôn hoàn thành tốt mọi nhiệm vụ được giao, số " + i, 12, 60)),
                    Map.of("set", name, "index", i, "ratio", i / 8.0),
                    "Tập " + name + ", phát hiện " + i + ": phần ưu điểm dài gấp nhiều lần phần khuyết điểm.",
                    "seed 002"));
        }
        return List.copyOf(findings);
    }
}
