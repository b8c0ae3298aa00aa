package vn.soi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.analyzer.finding.Subject;
import vn.soi.indexer.document.DocumentType;
import vn.soi.web.account.Role;

/**
 * The findings researchers see hide the same names as the search pages: a name known only as a minutes' speaker, and
 * the same name written without diacritics.
 */
class FindingNamesWebTest {
    @TempDir
    Path dataDir;

    @Test
    void a_speaker_of_the_minutes_is_pseudonymised_in_findings_and_exports_with_or_without_diacritics()
            throws IOException {
        TestApp test = TestCorpus.load(TestApp.withAccounts(dataDir));
        String speaker = "Hoàng Văn Em";
        test.services.findings().replace(List.of(new Finding("boilerplate-em", SignalId.BOILERPLATE, Severity.LOW,
                0.4, "minutes/bien-ban-2023.txt", DocumentType.MINUTES,
                new Subject(Subject.Kind.DOCUMENT, "", "Chi bộ Phòng Tài chính", 2023),
                List.of(new Evidence("minutes/bien-ban-2023.txt", "Đồng chí Hoàng Văn Em góp ý", 0, 10)),
                Map.of("speakers", List.of("Hoang Van Em")), "Ý kiến của Hoàng Văn Em (Hoang Van Em) còn chung chung.",
                "Hướng dẫn kiểm điểm")));
        String pseudonym = test.services.pseudonymizer().pseudonym(speaker);
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser researcher = new Browser(client).signIn(TestApp.nameOf(Role.RESEARCHER), TestApp.PASSWORD);
            for (String path : List.of("/api/findings", "/findings", "/findings/export.csv")) {
                Browser.Reply reply = researcher.get(path);
                assertEquals(200, reply.status(), path);
                assertFalse(reply.body().contains(speaker), path + ": " + reply.body());
                assertFalse(reply.body().contains("Hoang Van Em"), path + ": " + reply.body());
            }
            assertTrue(researcher.get("/api/findings").body().contains(pseudonym));
        });
    }
}
