package vn.soi.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Subject;
import vn.soi.indexer.document.ExtractedField;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.Opinion;
import vn.soi.indexer.records.RegisterRecord;
import vn.soi.web.WebServices;
import vn.soi.web.account.Role;

/**
 * Researchers never see a personal name: every name of the ingested demo corpus (person, chair, secretary, subject
 * and superior's representative fields, opinion speakers, the people of register rows, the persons findings are
 * about) is looked for in every answer a researcher gets from search (several queries, several pages), every
 * document page and its JSON, the findings dashboard and its JSON, statistics, and both exports.
 */
class ResearcherNamesIT {
    private static final Set<FieldName> NAME_FIELDS = Set.of(FieldName.PERSON, FieldName.CHAIR, FieldName.SECRETARY,
            FieldName.SUBJECT, FieldName.SUPERIOR_REPRESENTATIVE);
    private static final List<String> QUERIES = List.of("khuyết điểm", "khuyet diem", "đồng chí", "dong chi",
            "góp ý", "tiếp thu", "kỷ luật", "shortcomings:\"nguyên nhân\"", "chi bộ", "xếp loại", "bí thư",
            "họ và tên", "Văn", "Thị");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    @Test
    void no_name_of_the_demo_corpus_reaches_a_researcher() throws Exception {
        WebServices services = DemoCorpusServer.services();
        Set<String> names = corpusNames(services, DemoCorpusServer.findings());
        assertTrue(names.size() >= 20, "the demo corpus names people: " + names);
        List<NamePattern> patterns = names.stream().map(NamePattern::of).toList();

        Map<String, String> answers = new LinkedHashMap<>();
        Javalin server = DemoCorpusServer.start();
        try {
            URI origin = DemoCorpusServer.origin(server);
            LoadClient researcher = new LoadClient(LoadClient.sharedHttp(), origin, Duration.ofSeconds(60))
                    .signIn(DemoCorpusServer.userName(3), DemoCorpusServer.PASSWORD);
            assertEquals(Role.RESEARCHER, DemoCorpusServer.roleOf(3));
            for (String query : QUERIES) {
                for (int page = 1; page <= 3; page++) {
                    read(researcher, answers, "/search?q=" + encode(query) + "&page=" + page);
                }
                read(researcher, answers, "/api/search?size=100&q=" + encode(query));
            }
            read(researcher, answers, "/search");
            read(researcher, answers, "/api/search?size=100");
            List<String> ids = new ArrayList<>();
            services.index().forEach(document -> ids.add(document.id()));
            for (String id : ids) {
                read(researcher, answers, "/documents/" + encode(id));
                read(researcher, answers, "/api/documents/" + encode(id));
            }
            int pages = (DemoCorpusServer.findings().size() + 49) / 50 + 1;
            for (int page = 1; page <= pages; page++) {
                read(researcher, answers, "/findings?page=" + page);
                read(researcher, answers, "/api/findings?page=" + page);
            }
            read(researcher, answers, "/statistics");
            read(researcher, answers, "/api/stats");
            read(researcher, answers, "/api/me");
            read(researcher, answers, "/findings/export.csv");
            answers.put("/findings/export.xlsx", xlsxText(origin, researcher));
        } finally {
            server.stop();
        }

        List<String> leaks = new ArrayList<>();
        answers.forEach((where, body) -> {
            for (String text : List.of(TAG.matcher(body).replaceAll(""), TAG.matcher(body).replaceAll(" "))) {
                for (NamePattern name : patterns) {
                    if (name.foundIn(text)) {
                        leaks.add(where + ": " + name.name());
                    }
                }
            }
        });
        System.out.printf("Researcher name check: %d names, %d answers, %d leaks%n", names.size(), answers.size(),
                leaks.size());
        assertEquals(List.of(), leaks.stream().distinct().limit(30).toList(), leaks.size() + " leaks");
    }

    /** Every personal name the corpus and its findings hold. */
    static Set<String> corpusNames(WebServices services, List<Finding> findings) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        services.index().forEach(document -> {
            for (ExtractedField field : document.fields()) {
                if (NAME_FIELDS.contains(field.name())) {
                    names.add(field.value());
                }
            }
            document.opinions().stream().map(Opinion::speaker).forEach(names::add);
            document.records().stream().filter(row -> !row.collective()).map(RegisterRecord::subject)
                    .forEach(names::add);
        });
        findings.stream().map(Finding::subject).filter(subject -> subject.kind() == Subject.Kind.PERSON)
                .map(Subject::name).forEach(names::add);
        names.removeIf(String::isBlank);
        return names;
    }

    /**
     * How a name is looked for: between non-letters; a name of several syllables also in any case and without
     * diacritics; a one-syllable name (a speaker known by a given name only) as written, since in lower case it is
     * usually an ordinary word.
     */
    private record NamePattern(String name, Pattern exact, Pattern folded) {
        static NamePattern of(String name) {
            String clean = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
            boolean several = clean.contains(" ");
            int flags = several ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
            return new NamePattern(clean, bounded(clean, flags),
                    several ? bounded(fold(clean), Pattern.CASE_INSENSITIVE) : null);
        }

        boolean foundIn(String text) {
            String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
            return exact.matcher(nfc).find() || (folded != null && folded.matcher(fold(nfc)).find());
        }

        private static Pattern bounded(String literal, int flags) {
            return Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}])" + Pattern.quote(literal).replace(" ", "\\E\\s+\\Q")
                    + "(?![\\p{L}\\p{M}\\p{N}])", flags);
        }
    }

    private static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").replace('đ', 'd')
                .replace('Đ', 'D');
    }

    private static void read(LoadClient client, Map<String, String> answers, String path) throws IOException {
        LoadClient.Reply reply = client.get(path);
        assertEquals(200, reply.status(), path + " answered " + reply.status());
        answers.put(path, reply.body());
    }

    /** The workbook's cell texts, one line a row. */
    private static String xlsxText(URI origin, LoadClient researcher) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        origin.resolve("/findings/export.xlsx")).header("Cookie", "soi_session="
                        + researcher.sessionCookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.toString()).append('\t');
                    }
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
