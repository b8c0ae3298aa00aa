package vn.soi.indexer.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a tab-separated table among this package's resources: text after '#' is a comment, blank lines are
 * skipped, each row keeps its line number and its raw line for error messages.
 */
final class ResourceTable {

    /** One data line: its 1-based number, the raw line, and its tab-separated fields. */
    record Row(int line, String raw, String[] fields) {
    }

    private ResourceTable() {
    }

    static List<Row> read(String resource) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = ResourceTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("table resource missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                int comment = line.indexOf('#');
                String data = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (!data.isEmpty()) {
                    rows.add(new Row(number, line, data.split("\t")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read table " + resource, e);
        }
        return rows;
    }
}
