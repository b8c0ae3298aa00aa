package vn.soi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.soi.cli.Main;

/**
 * {@code soi bench --quick} runs end to end and writes its JSON with every section; sizes are shrunk with
 * {@code --docs} and {@code --search-docs} to keep the suite fast. Figures are not asserted: this is not a timed test.
 */
class BenchQuickIT {

    @TempDir
    Path tmp;

    @Test
    void quick_bench_writes_json_with_every_step_and_target() throws Exception {
        Path json = tmp.resolve("out/bench.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "bench", "--quick", "--docs", "30,60",
                "--search-docs", "60", "--cache", tmp.resolve("cache").toString(), "--json", json.toString());

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("1. Ingest"), out.toString());
        JsonNode root = new ObjectMapper().readTree(Files.readString(json));
        for (String key : List.of("machine", "mode", "options", "ingest", "preparation", "analysis", "search",
                "peakHeapBytes", "stepSeconds", "targets", "wallSeconds")) {
            assertTrue(root.has(key), "missing key " + key + " in " + root.fieldNames());
        }
        assertEquals("quick", root.get("mode").asText());
        assertEquals(3, root.at("/ingest/formats").size());
        assertTrue(root.at("/ingest/formats/0/ratio").asDouble() > 0);
        assertTrue(root.at("/ingest/soiStagesMillisPerDocument").has("structure"));
        assertEquals(60, root.at("/preparation/parsed").asInt());
        assertEquals(2, root.at("/analysis/sizes").size());
        assertTrue(root.at("/analysis/sizes/1/signals").size() > 0);
        assertTrue(root.at("/analysis/exponentByFamily").has("all"));
        JsonNode search = root.at("/search/sizes/0");
        assertEquals(60, search.get("documents").asInt());
        assertEquals(1_000, search.get("queries").asInt());
        for (String p : List.of("p50", "p95", "p99")) {
            assertTrue(search.at("/all/" + p).asDouble() > 0, p);
        }
        assertEquals(5, search.get("byKind").size());
        assertTrue(search.get("bytesPerDocument").asDouble() > 0);
        assertTrue(root.at("/peakHeapBytes/analysis").asLong() > 0);
        assertTrue(root.get("targets").size() >= 4);
    }
}
