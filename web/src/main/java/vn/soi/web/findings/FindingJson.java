package vn.soi.web.findings;

import java.util.List;
import java.util.Map;
import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Subject;

/**
 * A finding in API answers: the contract's finding with its key, Vietnamese labels and current review status.
 *
 * @param key the stable key
 * @param signal the signal ID
 * @param signalLabel the signal's Vietnamese name
 * @param severity {@code low}, {@code medium} or {@code high}
 * @param score in [0,1]
 * @param document the main document's path (its id for researchers)
 * @param documentType the main document's type, or null
 * @param subject whom the finding is about
 * @param evidence quotes with offsets, or register rows
 * @param measures the numbers behind the finding
 * @param explanation the Vietnamese explanation
 * @param rule the rule or source
 * @param status the current review status code
 * @param statusLabel the status in Vietnamese
 */
public record FindingJson(String key, String signal, String signalLabel, String severity, double score,
        String document, String documentType, Subject subject, List<Evidence> evidence, Map<String, Object> measures,
        String explanation, String rule, String status, String statusLabel) {
    /**
     * @param reviewed a finding (already masked for the reader) and its review
     * @return its API form
     */
    public static FindingJson of(ReviewedFinding reviewed) {
        Finding f = reviewed.finding();
        return new FindingJson(f.key(), f.signal().name(), reviewed.signalLabel(), f.severity().json(), f.score(),
                f.document(), f.documentType() == null ? null : f.documentType().name(), f.subject(), f.evidence(),
                f.measures(), f.explanation(), f.rule(), reviewed.status().code(), reviewed.status().label());
    }
}
