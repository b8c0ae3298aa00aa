package vn.soi.corpora;

import java.util.List;
import java.util.Objects;
import vn.soi.corpora.labels.FileLabel;
import vn.soi.corpora.labels.GroupLabel;
import vn.soi.corpora.text.Block;
import vn.soi.indexer.document.DocumentType;

/**
 * One generated document, before it is written: its path relative to the corpus root, its type and format, its
 * content (paragraph blocks for documents, rows for registers), its file label and the pair and unit labels it
 * completes.
 *
 * @param path   relative path with forward slashes, ending with the format's extension
 * @param type   the intended document type
 * @param format the output format
 * @param blocks paragraphs of a document (empty for registers)
 * @param table  header row then data rows of a register (empty for documents)
 * @param label  its entry of {@code files}
 * @param groups pair and unit labels that this document completes (each emitted once, on its last file)
 */
public record GeneratedDocument(String path, DocumentType type, OutputFormat format, List<Block> blocks,
                                List<List<String>> table, FileLabel label, List<GroupLabel> groups) {
    public GeneratedDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(format, "format");
        if (!path.endsWith("." + format.extension())) {
            throw new IllegalArgumentException("path " + path + " does not end with ." + format.extension());
        }
        blocks = List.copyOf(blocks);
        table = table.stream().map(List::copyOf).toList();
        groups = List.copyOf(groups);
        if (blocks.isEmpty() == table.isEmpty()) {
            throw new IllegalArgumentException("document " + path + " needs either blocks or a table");
        }
    }

    /** The plain text: one block a line, or the register as CSV lines. */
    public String text() {
        StringBuilder b = new StringBuilder();
        if (table.isEmpty()) {
            for (Block block : blocks) {
                b.append(block.text()).append('\n');
            }
        } else {
            for (List<String> row : table) {
                for (int i = 0; i < row.size(); i++) {
                    if (i > 0) {
                        b.append(',');
                    }
                    b.append(csvField(row.get(i)));
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    /**
     * The same document rendered in another format with the same extension (e.g. a .docx in a legacy font).
     *
     * @throws IllegalArgumentException when {@code other} would change the file's extension
     */
    public GeneratedDocument withFormat(OutputFormat other) {
        return new GeneratedDocument(path, type, other, blocks, table, label, groups);
    }

    /** True for registers (CSV/XLSX tables). */
    public boolean isRegister() {
        return !table.isEmpty();
    }

    private static String csvField(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
