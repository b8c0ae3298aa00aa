package vn.soi.analyzer.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.soi.analyzer.finding.SignalId;

/**
 * A labelled corpus's {@code labels.json} ({@code labels.md}): per file the signals expected and forbidden, pairs of
 * files a pair signal must connect, and units a unit signal must name for a year. Paths are relative to the corpus root
 * and compared after {@link #path normalisation}. An unknown signal ID is an error that names it and where it is.
 */
public record Labels(Map<String, FileLabel> files, List<PairLabel> pairs, List<UnitLabel> units) {

    /** The labels of one file. */
    public record FileLabel(String type, List<SignalId> expect, List<SignalId> forbid, String why) {
        public FileLabel {
            expect = List.copyOf(expect);
            forbid = List.copyOf(forbid);
        }
    }

    /** Files one finding of {@code signal} must name together. */
    public record PairLabel(SignalId signal, List<String> files) {
        public PairLabel {
            files = files.stream().map(Labels::path).toList();
            if (files.size() < 2) {
                throw new IllegalArgumentException("a pair of " + signal + " needs two files, got " + files);
            }
        }
    }

    /** A unit (and the files showing it) that a finding of {@code signal} must name for {@code year}. */
    public record UnitLabel(SignalId signal, String unit, Integer year, List<String> files) {
        public UnitLabel {
            files = files.stream().map(Labels::path).toList();
        }
    }

    public Labels {
        files = Map.copyOf(files);
        pairs = List.copyOf(pairs);
        units = List.copyOf(units);
    }

    /** Reads {@code labels.json}. */
    public static Labels read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(new ObjectMapper().readTree(in), file.toString());
        }
    }

    /** Reads labels from JSON text ({@code origin} names it in errors). */
    public static Labels parse(String json, String origin) throws IOException {
        return parse(new ObjectMapper().readTree(json), origin);
    }

    /** A path as labels and findings are compared: forward slashes, no leading "./". */
    public static String path(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p;
    }

    private static Labels parse(JsonNode root, String origin) {
        Map<String, FileLabel> files = new LinkedHashMap<>();
        root.path("files").fields().forEachRemaining(e -> {
            JsonNode f = e.getValue();
            String where = origin + " files." + e.getKey();
            files.put(path(e.getKey()), new FileLabel(f.path("type").asText(""), signals(f.path("expect"), where),
                    signals(f.path("forbid"), where), f.path("why").asText("")));
        });
        List<PairLabel> pairs = new ArrayList<>();
        for (JsonNode p : root.path("pairs")) {
            pairs.add(new PairLabel(signal(p.path("signal").asText(), origin + " pairs"), texts(p.path("files"))));
        }
        List<UnitLabel> units = new ArrayList<>();
        for (JsonNode u : root.path("units")) {
            units.add(new UnitLabel(signal(u.path("signal").asText(), origin + " units"), u.path("unit").asText(""),
                    u.hasNonNull("year") ? u.get("year").asInt() : null, texts(u.path("files"))));
        }
        return new Labels(files, pairs, units);
    }

    private static List<SignalId> signals(JsonNode array, String where) {
        List<SignalId> ids = new ArrayList<>();
        array.forEach(n -> ids.add(signal(n.asText(), where)));
        return ids;
    }

    private static SignalId signal(String name, String where) {
        try {
            return SignalId.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown signal '" + name + "' in " + where, e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
