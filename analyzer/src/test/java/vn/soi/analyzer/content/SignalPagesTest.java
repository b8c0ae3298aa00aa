package vn.soi.analyzer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.FindingsStore;
import vn.soi.analyzer.signal.Signal;

/** The demonstration of every content signal's page in {@code docs/signals/} is the exact current output. */
class SignalPagesTest {

    private static final Pattern INPUT = Pattern.compile("ingested as `bao-cao/([^`]+)`");
    private static final Pattern OUTPUT = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void every_page_demonstrates_the_exact_output_of_its_signal() throws Exception {
        String root = System.getProperty("soi.root");
        Assumptions.assumeTrue(root != null, "soi.root is not set: the pages in docs/signals cannot be found");
        Path folder = Path.of(getClass().getResource("/handwritten/labels.tsv").toURI()).getParent();
        ObjectMapper json = new ObjectMapper();
        for (Signal signal : ContentSignals.all()) {
            Path page = Path.of(root, "docs", "signals", signal.id() + ".md");
            assertTrue(Files.isRegularFile(page), "no page for " + signal.id());
            String markdown = Files.readString(page, StandardCharsets.UTF_8);
            Matcher input = INPUT.matcher(markdown);
            Matcher output = OUTPUT.matcher(markdown);
            assertTrue(input.find() && output.find(), "page of " + signal.id() + " lacks its demonstration");
            List<Finding> findings = Fixtures.run(List.of(ReportFixture.read(folder.resolve(input.group(1)),
                    "bao-cao/" + input.group(1)))).stream().filter(f -> f.signal() == signal.id()).toList();
            assertEquals(1, findings.size(), () -> signal.id() + " on its demonstration: " + findings);
            JsonNode expected = json.readTree(output.group(1));
            assertEquals(expected, json.readTree(FindingsStore.toJson(findings.get(0))), signal.id().name());
        }
    }
}
