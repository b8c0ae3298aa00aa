package vn.soi.indexer.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import vn.soi.indexer.index.DocumentIndex;
import vn.soi.indexer.index.QuerySyntaxException;
import vn.soi.indexer.index.SearchRequest;
import vn.soi.indexer.index.SearchResult;
import vn.soi.indexer.index.SearchService;

/**
 * The query parser takes any string: it returns a query or refuses with a {@link QuerySyntaxException} whose message
 * is for a user (a position inside the query, no stack trace or class names), and a parsed query runs over an empty
 * index. Regression inputs: {@code QueryParserFuzzTestInputs/<method>/}.
 */
class QueryParserFuzzTest {

    /** What a stack trace or a leaked exception looks like inside a message. */
    private static final Pattern TRACE = Pattern.compile(
            "(?m)^\\s+at \\S|Exception|Error:|org\\.apache\\.|java\\.(lang|io|util)\\.|\\.java:\\d");

    private static Path folder;
    private static DocumentIndex index;
    private static SearchService search;

    @BeforeAll
    static void openEmptyIndex() throws IOException {
        folder = Files.createTempDirectory("soi-query-fuzz");
        index = DocumentIndex.open(folder.resolve("index"));
        search = new SearchService(index);
    }

    @AfterAll
    static void closeIndex() throws IOException {
        index.close();
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @FuzzTest(maxDuration = "2m")
    void query_is_parsed_or_refused_with_a_message_for_users(byte[] data) throws IOException {
        String text = FuzzText.decode(data);

        Query query;
        try {
            query = search.parse(text);
        } catch (QuerySyntaxException e) {
            assertReadable(text, e);
            return;
        }
        assertNotNull(query);
        try {
            SearchResult result = search.search(SearchRequest.of(text));
            assertTrue(result.hits().isEmpty(), () -> "hits in an empty index for " + NormalizerFuzzTest.escaped(text));
        } catch (QuerySyntaxException e) {
            assertReadable(text, e);
        }
    }

    private static void assertReadable(String query, QuerySyntaxException e) {
        String message = e.getMessage();
        assertTrue(message.startsWith("Truy vấn không hợp lệ"), message);
        // The message quotes the query, which may itself hold such words: only text that is not the user's counts.
        Matcher trace = TRACE.matcher(message);
        while (trace.find()) {
            String found = trace.group().strip();
            assertTrue(query.contains(found), () -> "stack trace text \"" + found + "\" in: " + message);
        }
        assertTrue(e.position() >= -1 && e.position() <= query.length(),
                () -> "position " + e.position() + " outside " + NormalizerFuzzTest.escaped(query));
    }
}
