package vn.soi.indexer.nlp.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.soi.indexer.seeds.Seeds;

/**
 * Reads a tab-separated seed table from the classpath (the repository's {@code seeds/} folder): blank lines and lines
 * starting with {@code #} are skipped, every other line must have at least the expected number of columns (the last
 * being the source of the entry).
 */
public final class SeedTable {

    private static final String PREFIX = "seeds/";

    private SeedTable() {
    }

    /** The rows of {@code resource}, each with exactly {@code columns} trimmed cells (extra tabs stay in the last cell). */
    public static List<List<String>> read(String resource, int columns) {
        if (!resource.startsWith(PREFIX)) {
            throw new IllegalArgumentException("seed table must be under " + PREFIX + ": " + resource);
        }
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Seeds.open(resource.substring(PREFIX.length())), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", columns);
                if (cells.length < columns) {
                    throw new IllegalStateException(resource + ":" + number + ": expected " + columns
                            + " tab-separated columns, found " + cells.length + ": " + line);
                }
                rows.add(Arrays.stream(cells).map(String::strip).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed table " + resource, e);
        }
        return rows;
    }
}
