package vn.soi.analyzer.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import vn.soi.indexer.document.Classification;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.ExtractedField;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Provenance;
import vn.soi.indexer.document.Section;
import vn.soi.indexer.document.SectionKind;

/**
 * Builds a {@link ParsedDocument} from a report written with its parts marked, standing in for the structure readers.
 * <ul>
 *   <li>{@code #type: INDIVIDUAL_REPORT} (required), {@code #person:}, {@code #unit:}, {@code #year:},
 *       {@code #party-position:}, {@code #government-position:}, {@code #leader: true}, {@code #head: true}: fields,
 *       not part of the text;</li>
 *   <li>{@code [STRENGTHS] I. Ưu điểm…}: a part starts at this line, the rest of the line is its heading (empty for a
 *       part found without a heading); {@code [>CAUSES] …} nests a part inside the current one;</li>
 *   <li>every other line is text; lines before the first marker are the header.</li>
 * </ul>
 * Offsets of parts and fields point into the text as assembled, which stands for the normalised text.
 */
final class ReportFixture {

    private ReportFixture() {
    }

    static ParsedDocument read(Path file, String path) throws IOException {
        return parse(path, Files.readString(file, StandardCharsets.UTF_8));
    }

    static ParsedDocument parse(String path, String source) {
        StringBuilder text = new StringBuilder();
        List<ExtractedField> fields = new ArrayList<>();
        DocumentType type = null;
        List<Marker> markers = new ArrayList<>();
        for (String line : source.split("\n", -1)) {
            if (line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException(path + ": field line without a colon: " + line);
                }
                String key = line.substring(1, colon).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).strip();
                if (key.equals("type")) {
                    type = DocumentType.valueOf(value);
                } else {
                    fields.add(ExtractedField.derived(FieldName.valueOf(key.replace('-', '_').toUpperCase(Locale.ROOT)),
                            value));
                }
                continue;
            }
            String written = line;
            if (line.startsWith("[")) {
                int close = line.indexOf(']');
                String name = line.substring(1, close);
                boolean nested = name.startsWith(">");
                written = line.substring(close + 1).strip();
                markers.add(new Marker(SectionKind.valueOf(nested ? name.substring(1) : name), nested,
                        text.length(), written));
            }
            text.append(written).append('\n');
        }
        if (type == null) {
            throw new IllegalArgumentException(path + ": no #type line");
        }
        String body = text.toString();
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            Marker marker = markers.get(i);
            if (marker.nested()) {
                continue;
            }
            int end = body.length();
            List<Section> items = new ArrayList<>();
            int j = i + 1;
            for (; j < markers.size() && markers.get(j).nested(); j++) {
                int itemEnd = j + 1 < markers.size() ? markers.get(j + 1).start() : body.length();
                Marker item = markers.get(j);
                items.add(new Section(item.kind(), item.heading(), item.start(), itemEnd));
            }
            if (j < markers.size()) {
                end = markers.get(j).start();
            }
            sections.add(new Section(marker.kind(), marker.heading(), marker.start(), end, items));
        }
        Provenance provenance = new Provenance(path, sha256(body), body.length(), "text/plain", "fixture", false,
                List.of(), Instant.EPOCH);
        return new ParsedDocument(path, provenance, body, new Classification(type, 1.0, List.of("fixture")), fields,
                sections, List.of(), List.of(), List.of());
    }

    private record Marker(SectionKind kind, boolean nested, int start, String heading) {
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
