package vn.soi.web.document;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.FindingsStore;
import vn.soi.analyzer.finding.Subject;
import vn.soi.indexer.document.ExtractedField;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.Opinion;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Provenance;
import vn.soi.indexer.document.Section;
import vn.soi.indexer.index.DocumentIndex;
import vn.soi.indexer.ingest.DataFolder;
import vn.soi.indexer.ingest.OriginalStore;
import vn.soi.indexer.records.DisciplineRecord;
import vn.soi.indexer.records.RatingRecord;
import vn.soi.indexer.records.RegisterRecord;
import vn.soi.web.audit.AuditAction;
import vn.soi.web.audit.AuditLog;
import vn.soi.web.page.Dates;
import vn.soi.web.page.PageRenderer;
import vn.soi.web.search.NameMask;
import vn.soi.web.search.NameMasks;
import vn.soi.web.security.SessionUser;
import vn.soi.web.security.Sessions;

/**
 * The document page ({@code GET /documents/{id}}, optionally {@code ?hl=START-END} to open at a search hit's
 * passage), the original file ({@code GET /documents/{id}/original}) and {@code GET /api/documents/{id}}. The id may
 * also be the content hash or the ingested path. Every view and download is written to the audit log.
 */
public final class DocumentController {
    private static final Pattern HIGHLIGHT = Pattern.compile("([0-9]{1,9})-([0-9]{1,9})");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]{0,126}/"
            + "[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]{0,126}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern UNSAFE_FILE_CHARS = Pattern.compile("[^A-Za-z0-9._-]+");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Set<FieldName> NAME_FIELDS = Set.of(FieldName.PERSON, FieldName.CHAIR, FieldName.SECRETARY,
            FieldName.SUBJECT, FieldName.SUPERIOR_REPRESENTATIVE);
    private static final Properties FIELD_LABELS = fieldLabels();

    private final DocumentIndex index;
    private final FindingsStore findings;
    private final OriginalStore originals;
    private final AuditLog audit;
    private final NameMasks masks;
    private final Sessions sessions;
    private final PageRenderer pages;

    /**
     * @param index the document index
     * @param findings the findings of the last analysis
     * @param data the data folder (for the originals)
     * @param audit records who viewed what
     * @param masks the name mask of each user
     * @param sessions reads the signed-in account
     * @param pages renders pages
     */
    public DocumentController(DocumentIndex index, FindingsStore findings, DataFolder data, AuditLog audit,
            NameMasks masks, Sessions sessions, PageRenderer pages) {
        this.index = Objects.requireNonNull(index, "index");
        this.findings = Objects.requireNonNull(findings, "findings");
        this.originals = new OriginalStore(Objects.requireNonNull(data, "data").originals());
        this.audit = Objects.requireNonNull(audit, "audit");
        this.masks = Objects.requireNonNull(masks, "masks");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /**
     * {@code GET /documents/{id}}.
     *
     * @param ctx the request
     * @throws IOException when the index or the findings cannot be read
     */
    public void show(Context ctx) throws IOException {
        SessionUser user = sessions.user(ctx).orElseThrow();
        ParsedDocument document = find(ctx);
        int[] hit = highlight(ctx.queryParam("hl"), document.text().length());
        List<Finding> about = findingsAbout(document);
        NameMask mask = masks.forUser(user, personSubjects(about));
        audit.record(user.name(), AuditAction.DOCUMENT_VIEWED, target(document), ctx.ip());
        DocumentPage page = page(document, about, hit, mask);
        pages.render(ctx, "document.jte", page.title(), Map.of("page", page));
    }

    /**
     * {@code GET /api/documents/{id}}: the document's record, names pseudonymised for researchers (who get no
     * offsets, since their text differs from the indexed one).
     *
     * @param ctx the request
     * @throws IOException when the index or the findings cannot be read
     */
    public void api(Context ctx) throws IOException {
        SessionUser user = sessions.user(ctx).orElseThrow();
        ParsedDocument document = find(ctx);
        List<Finding> about = findingsAbout(document);
        NameMask mask = masks.forUser(user, personSubjects(about));
        audit.record(user.name(), AuditAction.DOCUMENT_VIEWED, target(document), ctx.ip());
        ctx.json(DocumentRecord.of(document, title(document, mask), fieldRows(document, mask), about, mask));
    }

    /**
     * {@code GET /documents/{id}/original}: the file as ingested, as an attachment with its media type.
     *
     * @param ctx the request
     * @throws IOException when the file cannot be opened
     */
    public void original(Context ctx) throws IOException {
        SessionUser user = sessions.user(ctx).orElseThrow();
        ParsedDocument document = find(ctx);
        Path file = originalOf(document.provenance());
        if (file == null) {
            throw new NotFoundResponse("Không còn lưu bản gốc của tài liệu này.");
        }
        audit.record(user.name(), AuditAction.DOCUMENT_VIEWED, "bản gốc: " + target(document), ctx.ip());
        String mediaType = document.provenance().mediaType();
        ctx.contentType(MEDIA_TYPE.matcher(mediaType).matches() ? mediaType : "application/octet-stream");
        ctx.header("Content-Disposition", contentDisposition(document.provenance().path()));
        // Streamed, never read whole; Javalin closes the stream when the response is written.
        ctx.result(Files.newInputStream(file));
    }

    private ParsedDocument find(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (id.isBlank() || id.length() > 2_000) {
            throw new NotFoundResponse("Không tìm thấy tài liệu.");
        }
        return index.find(id).orElseThrow(() -> new NotFoundResponse("Không tìm thấy tài liệu."));
    }

    private static String target(ParsedDocument document) {
        return document.provenance().path() + " (" + document.id() + ")";
    }

    private static int[] highlight(String parameter, int textLength) {
        if (parameter == null || parameter.isBlank()) {
            return null;
        }
        Matcher matcher = HIGHLIGHT.matcher(parameter.strip());
        if (!matcher.matches()) {
            throw new BadRequestResponse("Tham số hl phải có dạng đầu-cuối, ví dụ hl=120-135.");
        }
        int start = Integer.parseInt(matcher.group(1));
        int end = Integer.parseInt(matcher.group(2));
        if (start > end || end > textLength) {
            throw new BadRequestResponse("Đoạn cần làm nổi bật (hl) nằm ngoài văn bản.");
        }
        return new int[] {start, end};
    }

    private List<Finding> findingsAbout(ParsedDocument document) throws IOException {
        String path = canonicalPath(document.provenance().path());
        return findings.load().stream()
                .filter(finding -> canonicalPath(finding.document() == null ? "" : finding.document()).equals(path)
                        || finding.evidence().stream().anyMatch(e -> canonicalPath(e.document()).equals(path)))
                .toList();
    }

    private static List<String> personSubjects(List<Finding> about) {
        return about.stream().map(Finding::subject).filter(subject -> subject.kind() == Subject.Kind.PERSON)
                .map(Subject::name).filter(name -> !name.isBlank()).toList();
    }

    /**
     * @param path a path as given to ingest or named by a finding
     * @return the same path with forward slashes and no leading {@code ./}
     */
    static String canonicalPath(String path) {
        String slashes = path.strip().replace('\\', '/');
        while (slashes.startsWith("./")) {
            slashes = slashes.substring(2);
        }
        return slashes;
    }

    private static String documentHref(String id) {
        return "/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private DocumentPage page(ParsedDocument document, List<Finding> about, int[] hit, NameMask mask)
            throws IOException {
        String path = canonicalPath(document.provenance().path());
        List<TextMark> marks = new ArrayList<>();
        if (hit != null) {
            marks.add(new TextMark(hit[0], hit[1], TextMark.Kind.HIT, "hl", "Đoạn khớp với tìm kiếm"));
        }
        List<DocumentPage.FindingView> views = new ArrayList<>();
        for (int f = 0; f < about.size(); f++) {
            Finding finding = about.get(f);
            List<DocumentPage.EvidenceView> evidence = new ArrayList<>();
            for (int e = 0; e < finding.evidence().size(); e++) {
                Evidence item = finding.evidence().get(e);
                String quote = mask.text(item.quote());
                boolean here = canonicalPath(item.document()).equals(path);
                if (item.start() == null) {
                    evidence.add(new DocumentPage.EvidenceView(quote, null, here, true));
                } else if (here) {
                    String anchor = "ev-" + (f + 1) + "-" + (e + 1);
                    marks.add(new TextMark(item.start(), item.end(), TextMark.Kind.EVIDENCE, anchor,
                            finding.signal().name()));
                    evidence.add(new DocumentPage.EvidenceView(quote, "#" + anchor, true, false));
                } else {
                    // Linked by id: the other document's path may carry a name a researcher must not see.
                    String href = index.find(item.document()).map(other -> documentHref(other.id())
                            + "?hl=" + item.start() + "-" + item.end() + "#hl").orElse(null);
                    evidence.add(new DocumentPage.EvidenceView(quote, href, false, false));
                }
            }
            views.add(new DocumentPage.FindingView(finding.key(), finding.signal().name(), finding.severity().json(),
                    severityLabel(finding.severity().json()), String.format(Locale.ROOT, "%.2f", finding.score()),
                    subject(finding.subject(), mask), mask.text(finding.explanation()), finding.rule(), evidence));
        }
        List<Section> sections = document.sections();
        List<DocumentPart> parts = MarkedText.parts(document.text(), sections, marks, mask);
        boolean original = !mask.hides() && originalOf(document.provenance()) != null;
        return new DocumentPage(document.id(), title(document, mask), document.type().label(),
                Math.round(document.classification().confidence() * 100),
                document.classification().cues().stream().map(mask::text).toList(),
                original ? documentHref(document.id()) + "/original" : null,
                hit != null, mask.hides(), parts, fieldRows(document, mask), provenanceRows(document, mask),
                document.opinions().stream().map(opinion -> opinionView(document.text(), opinion, mask)).toList(),
                register(document.records(), mask), views, document.warnings().stream().map(mask::text).toList());
    }

    private static String severityLabel(String severity) {
        return switch (severity) {
            case "high" -> "Cao";
            case "medium" -> "Trung bình";
            default -> "Thấp";
        };
    }

    private static String subject(Subject subject, NameMask mask) {
        String name = subject.kind() == Subject.Kind.PERSON ? mask.name(subject.name()) : mask.text(subject.name());
        StringBuilder shown = new StringBuilder(name);
        if (!subject.unit().isBlank()) {
            shown.append(shown.isEmpty() ? "" : " – ").append(subject.unit());
        }
        if (subject.year() != null) {
            shown.append(shown.isEmpty() ? "" : " – ").append("năm ").append(subject.year());
        }
        return shown.toString();
    }

    /**
     * @param document a document
     * @param mask the user's name mask
     * @return its title: the type, who or what it is about, the year
     */
    static String title(ParsedDocument document, NameMask mask) {
        StringBuilder title = new StringBuilder(document.type().label());
        document.field(FieldName.PERSON).map(mask::name)
                .or(() -> document.field(FieldName.COLLECTIVE))
                .or(() -> document.field(FieldName.UNIT))
                .ifPresent(subject -> title.append(" – ").append(subject));
        document.field(FieldName.YEAR).ifPresent(year -> title.append(" – năm ").append(year));
        return title.toString();
    }

    /**
     * @param document a document
     * @param mask the user's name mask
     * @return its fields with Vietnamese labels, personal names pseudonymised when the mask hides them
     */
    static List<DocumentPage.Row> fieldRows(ParsedDocument document, NameMask mask) {
        List<DocumentPage.Row> rows = new ArrayList<>();
        for (ExtractedField field : document.fields()) {
            String value = NAME_FIELDS.contains(field.name()) ? mask.name(field.value()) : mask.text(field.value());
            if (value.equals("true")) {
                value = "Có";
            } else if (value.equals("false")) {
                value = "Không";
            }
            rows.add(new DocumentPage.Row(FIELD_LABELS.getProperty(field.name().name(), field.name().name()), value));
        }
        return rows;
    }

    private List<DocumentPage.Row> provenanceRows(ParsedDocument document, NameMask mask) {
        Provenance provenance = document.provenance();
        List<DocumentPage.Row> rows = new ArrayList<>();
        if (!mask.hides()) {
            rows.add(new DocumentPage.Row("Tệp đã nạp", provenance.path()));
        }
        rows.add(new DocumentPage.Row("Mã tài liệu", document.id()));
        rows.add(new DocumentPage.Row("Mã băm SHA-256", provenance.contentHash()));
        rows.add(new DocumentPage.Row("Kích thước", String.format(Locale.ROOT, "%,d byte", provenance.size())
                .replace(',', '.')));
        rows.add(new DocumentPage.Row("Định dạng", provenance.mediaType()));
        rows.add(new DocumentPage.Row("Bộ đọc", provenance.parser()));
        rows.add(new DocumentPage.Row("Nhận dạng ký tự (OCR)", provenance.ocr() ? "Có" : "Không"));
        rows.add(new DocumentPage.Row("Các bước chuẩn hóa",
                provenance.normalisation().isEmpty() ? "—" : String.join(", ", provenance.normalisation())));
        rows.add(new DocumentPage.Row("Thời điểm nạp", Dates.format(provenance.ingestedAt())));
        return rows;
    }

    private static DocumentPage.OpinionView opinionView(String text, Opinion opinion, NameMask mask) {
        int end = Math.min(opinion.end(), text.length());
        String said = opinion.start() < end ? text.substring(opinion.start(), end) : "";
        return new DocumentPage.OpinionView(mask.text(opinion.speaker()), opinion.answer(), mask.text(said));
    }

    /**
     * @param records register rows
     * @param mask the user's name mask
     * @return the rows as a table (columns of the discipline register, of rating results, or both), or null
     */
    static DocumentPage.Table register(List<RegisterRecord> records, NameMask mask) {
        if (records.isEmpty()) {
            return null;
        }
        boolean discipline = records.stream().anyMatch(r -> r instanceof DisciplineRecord);
        boolean rating = records.stream().anyMatch(r -> r instanceof RatingRecord);
        List<String> headers = new ArrayList<>(List.of("Dòng", "Họ và tên / Tổ chức", "Đơn vị", "Chức vụ"));
        if (rating) {
            headers.addAll(List.of("Năm", "Mức xếp loại"));
        }
        if (discipline) {
            headers.addAll(List.of("Hình thức kỷ luật", "Ngày quyết định", "Số quyết định", "Nội dung vi phạm"));
        }
        headers.add("Cột khác");
        List<List<String>> rows = new ArrayList<>();
        for (RegisterRecord record : records) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(record.row()),
                    record.collective() ? mask.text(record.subject()) : mask.name(record.subject()),
                    record.unit(), mask.text(record.position())));
            if (rating) {
                cells.addAll(record instanceof RatingRecord r ? List.of(String.valueOf(r.year()), r.rating().label())
                        : List.of("", ""));
            }
            if (discipline) {
                cells.addAll(record instanceof DisciplineRecord d
                        ? List.of(d.form().label(), DAY.format(d.decided()), d.number(), mask.text(d.violation()))
                        : List.of("", "", "", ""));
            }
            Map<String, String> extra = new LinkedHashMap<>(record.extra());
            List<String> extras = new ArrayList<>();
            extra.forEach((header, value) -> extras.add(header + ": " + mask.text(value)));
            cells.add(String.join("; ", extras));
            rows.add(cells);
        }
        return new DocumentPage.Table(headers, rows);
    }

    private Path originalOf(Provenance provenance) {
        if (!provenance.contentHash().matches("[0-9a-f]{64}")) {
            return null;
        }
        Path file = originals.pathOf(provenance.contentHash());
        return Files.isRegularFile(file) ? file : null;
    }

    /**
     * @param ingestedPath the path as given to ingest
     * @return an attachment disposition with an ASCII file name and the UTF-8 one (RFC 6266)
     */
    static String contentDisposition(String ingestedPath) {
        String canonical = canonicalPath(ingestedPath);
        String name = canonical.substring(canonical.lastIndexOf('/') + 1);
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        ascii = UNSAFE_FILE_CHARS.matcher(ascii).replaceAll("_");
        if (ascii.isEmpty() || ascii.chars().allMatch(c -> c == '.' || c == '_')) {
            ascii = "tai-lieu";
        }
        String utf8 = URLEncoder.encode(name.isEmpty() ? ascii : name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }

    private static Properties fieldLabels() {
        Properties labels = new Properties();
        String resource = "/vn/soi/web/document/field-labels.properties";
        try (InputStream in = DocumentController.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return labels;
    }
}
