package vn.soi.corpora;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.TreeSet;

import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import vn.soi.corpora.labels.FileLabel;
import vn.soi.corpora.labels.GroupLabel;
import vn.soi.corpora.labels.LabelsWriter;
import vn.soi.corpora.render.Renderer;
import vn.soi.corpora.world.DistrictRoster;
import vn.soi.corpora.world.Seeds;
import vn.soi.corpora.world.Unit;
import vn.soi.corpora.write.FormatChooser;
import vn.soi.corpora.write.UnitYearWriter;
import vn.soi.indexer.document.DocumentType;

/**
 * Generates realistic, labelled synthetic corpora of Party review documents: deterministic for a seed, written to a
 * folder with {@code labels.json} ({@link #generate}) or streamed lazily without files ({@link #stream}), one
 * district in memory at a time.
 */
public final class CorpusGenerator {

    /** Name of the labels file at the corpus root. */
    public static final String LABELS_FILE = "labels.json";

    /**
     * Writes the corpus to {@code options.out()} and its {@code labels.json}.
     *
     * @throws IOException naming the file that could not be written
     */
    public GenerationSummary generate(GeneratorOptions options) throws IOException {
        return generate(options, Map.of());
    }

    /**
     * Writes the corpus like {@link #generate(GeneratorOptions)}, but renders the documents named in
     * {@code formatByPath} in the given format instead of the drawn one, without changing any other document or
     * label (the demo uses it to hold a few legacy-font files). The format must keep the file's extension.
     *
     * @throws IllegalArgumentException naming a path whose format would change its extension, or paths the corpus
     *                                  does not hold (checked once the corpus is written)
     * @throws IOException              naming the file that could not be written
     */
    public GenerationSummary generate(GeneratorOptions options, Map<String, OutputFormat> formatByPath)
            throws IOException {
        if (options.out() == null) {
            throw new IllegalArgumentException("options.out is required to write a corpus");
        }
        Files.createDirectories(options.out());
        Renderer renderer = new Renderer();
        Map<String, Integer> byType = new TreeMap<>();
        Map<String, Integer> byFormat = new TreeMap<>();
        Map<String, Integer> bySignal = new TreeMap<>();
        int count = 0;
        Path labels = options.out().resolve(LABELS_FILE);
        Set<String> overridden = new HashSet<>();
        try (LabelsWriter lw = new LabelsWriter(labels); Stream<GeneratedDocument> docs = stream(options)) {
            Iterator<GeneratedDocument> it = docs.iterator();
            while (it.hasNext()) {
                GeneratedDocument d = it.next();
                OutputFormat override = formatByPath.get(d.path());
                if (override != null) {
                    d = d.withFormat(override);
                    overridden.add(d.path());
                }
                try {
                    renderer.write(options.out(), d);
                } catch (IOException e) {
                    throw new IOException("cannot write " + options.out().resolve(d.path()) + ": " + e.getMessage(),
                            e);
                }
                lw.file(d.path(), d.label());
                for (String s : d.label().expect()) {
                    bySignal.merge(s, 1, Integer::sum);
                }
                for (GroupLabel g : d.groups()) {
                    lw.group(g);
                    bySignal.merge(g.signal(), 1, Integer::sum);
                }
                byType.merge(d.type().name(), 1, Integer::sum);
                byFormat.merge(d.format().cliName(), 1, Integer::sum);
                count++;
            }
        }
        if (overridden.size() < formatByPath.size()) {
            Set<String> unknown = new TreeSet<>(formatByPath.keySet());
            unknown.removeAll(overridden);
            throw new IllegalArgumentException("formatByPath names documents the corpus does not hold: " + unknown);
        }
        return new GenerationSummary(options.out(), labels, count, byType, byFormat, bySignal);
    }

    /**
     * Writes only {@code labels.json} for {@code options} (no documents): the labels {@link #generate} would write.
     *
     * @return number of file entries
     */
    public int writeLabels(GeneratorOptions options, Path labelsFile) throws IOException {
        int count = 0;
        try (LabelsWriter lw = new LabelsWriter(labelsFile); Stream<GeneratedDocument> docs = stream(options)) {
            Iterator<GeneratedDocument> it = docs.iterator();
            while (it.hasNext()) {
                GeneratedDocument d = it.next();
                lw.file(d.path(), d.label());
                for (GroupLabel g : d.groups()) {
                    lw.group(g);
                }
                count++;
            }
        }
        return count;
    }

    /**
     * The corpus as a lazy stream of documents (no files written); memory stays bounded by one district.
     * Registers come after the documents of their district.
     */
    public Stream<GeneratedDocument> stream(GeneratorOptions options) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new DocumentIterator(options),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private final class DocumentIterator implements Iterator<GeneratedDocument> {
        private final GeneratorOptions options;
        private final UnitYearWriter writer;
        private final ArrayDeque<GeneratedDocument> queue = new ArrayDeque<>();
        private final int districts;
        private int nextDistrict;

        DocumentIterator(GeneratorOptions options) {
            this.options = options;
            this.writer = new UnitYearWriter(options, new FormatChooser(options.formats()));
            this.districts = (options.units() + options.unitsPerDistrict() - 1) / options.unitsPerDistrict();
        }

        @Override
        public boolean hasNext() {
            while (queue.isEmpty() && nextDistrict < districts) {
                fill(nextDistrict++);
            }
            return !queue.isEmpty();
        }

        @Override
        public GeneratedDocument next() {
            if (!hasNext()) {
                throw new NoSuchElementException("corpus exhausted");
            }
            return queue.poll();
        }

        private void fill(int d) {
            int first = d * options.unitsPerDistrict();
            int count = Math.min(options.unitsPerDistrict(), options.units() - first);
            DistrictRoster roster = DistrictRoster.build(options.seed(), d, first, count, options.years(),
                    options.minMembers(), options.maxMembers());
            Map<Integer, List<List<String>>> ratingRows = new TreeMap<>();
            Map<Integer, List<List<String>>> disciplineRows = new TreeMap<>();
            Map<Integer, UnitYearWriter.Registers> registers = new HashMap<>();
            Map<Integer, OutputFormat> registerFormat = new HashMap<>();
            for (int year : options.years()) {
                OutputFormat f = Seeds.rng(options.seed(), 20, d, year).nextBoolean() ? OutputFormat.CSV
                        : OutputFormat.XLSX;
                registerFormat.put(year, f);
                String base = roster.district().slug() + "/so-theo-doi/";
                registers.put(year, new UnitYearWriter.Registers(base + "xep-loai-" + year + "." + f.extension(),
                        base + "ky-luat-" + year + "." + f.extension()));
                ratingRows.put(year, new ArrayList<>(List.of(List.of("Họ và tên", "Đơn vị", "Chức vụ", "Năm",
                        "Mức xếp loại", "Đối tượng"))));
                disciplineRows.put(year, new ArrayList<>(List.of(List.of("Họ và tên", "Đơn vị", "Chức vụ",
                        "Hình thức kỷ luật", "Ngày quyết định", "Số quyết định", "Nội dung vi phạm"))));
            }
            for (Unit unit : roster.units()) {
                Map<String, UnitYearWriter.PreviousReport> previous = new HashMap<>();
                for (int year : options.years()) {
                    UnitYearWriter.Result r = writer.write(roster, unit, year, previous, registers.get(year));
                    queue.addAll(r.documents());
                    ratingRows.get(year).addAll(r.ratingRows());
                    disciplineRows.get(year).addAll(r.disciplineRows());
                }
            }
            String committee = roster.district().committee();
            for (int year : options.years()) {
                OutputFormat f = registerFormat.get(year);
                queue.add(new GeneratedDocument(registers.get(year).ratings(), DocumentType.RATING_REGISTER, f,
                        List.of(), ratingRows.get(year), new FileLabel(DocumentType.RATING_REGISTER, null, committee,
                        year, List.of(), List.of(), "rating register of the district"), List.of()));
                queue.add(new GeneratedDocument(registers.get(year).discipline(), DocumentType.DISCIPLINE_REGISTER, f,
                        List.of(), disciplineRows.get(year), new FileLabel(DocumentType.DISCIPLINE_REGISTER, null,
                        committee, year, List.of(), List.of(), "discipline register of the district"), List.of()));
            }
        }
    }

}
