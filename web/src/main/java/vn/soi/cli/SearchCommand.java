package vn.soi.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.soi.indexer.index.DocumentIndex;
import vn.soi.indexer.index.FacetDimension;
import vn.soi.indexer.index.QuerySyntaxException;
import vn.soi.indexer.index.SearchHit;
import vn.soi.indexer.index.SearchHitJson;
import vn.soi.indexer.index.SearchRequest;
import vn.soi.indexer.index.SearchResult;
import vn.soi.indexer.index.SearchService;

/** {@code soi search QUERY}: full-text search in Lucene syntax, as a list or as JSON Lines. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Tìm kiếm toàn văn (cú pháp Lucene: cụm từ, AND/OR/NOT, trường, ký tự đại diện).")
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "QUERY", description = "Câu truy vấn, ví dụ: shortcomings:\"nguyên nhân khách quan\"")
    String query;

    @Option(names = "--json", description = "In mỗi kết quả một dòng JSON (JSON Lines).")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "Số kết quả tối đa. Mặc định: ${DEFAULT-VALUE}")
    int limit = 10;

    @Option(names = "--type", paramLabel = "T", description = "Chỉ loại tài liệu này, ví dụ INDIVIDUAL_REPORT.")
    String type;

    @Option(names = "--year", paramLabel = "Y", description = "Chỉ năm kiểm điểm này.")
    Integer year;

    @Option(names = "--unit", paramLabel = "U", description = "Chỉ đơn vị này (đúng tên).")
    String unit;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || limit > SearchRequest.MAX_SIZE) {
            spec.commandLine().getErr().printf("soi: --limit phải từ 1 đến %d, nhận được %d%n",
                    SearchRequest.MAX_SIZE, limit);
            return Main.USAGE;
        }
        SearchResult result;
        try (DocumentIndex index = data.openIndex()) {
            result = new SearchService(index).search(request());
        } catch (QuerySyntaxException e) {
            spec.commandLine().getErr().println("soi: " + e.getMessage());
            return Main.USAGE;
        }
        print(result);
        return 0;
    }

    private SearchRequest request() {
        SearchRequest request = SearchRequest.of(query).withPage(0, limit).withHighlight(true).withFacets(false);
        if (type != null) {
            request = request.including(FacetDimension.TYPE, type.toUpperCase(Locale.ROOT));
        }
        if (year != null) {
            request = request.including(FacetDimension.YEAR, year.toString());
        }
        if (unit != null) {
            request = request.including(FacetDimension.UNIT, unit);
        }
        return request;
    }

    private void print(SearchResult result) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            result.hits().forEach(hit -> out.println(SearchHitJson.toJsonLine(hit)));
        } else {
            out.printf("%d kết quả%s%n", result.total(), result.totalExact() ? "" : " (ít nhất)");
            for (SearchHit hit : result.hits()) {
                out.printf("%n%s  [%s, %s, %s]%n", hit.document(), hit.documentType(),
                        hit.unit() == null ? "" : hit.unit(), hit.year() == null ? "" : hit.year());
                hit.snippetHtml().forEach(s -> out.println("  … " + plain(s) + " …"));
            }
        }
        out.flush();
    }

    /** A snippet for a terminal: the match marked with guillemets, HTML entities decoded. */
    private static String plain(String html) {
        return html.replace("<b>", "«").replace("</b>", "»").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
