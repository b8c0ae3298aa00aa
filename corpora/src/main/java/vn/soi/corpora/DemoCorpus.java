package vn.soi.corpora;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * The exact options of the committed demo corpus ({@code corpora/demo/}). Run with the output folder as the only
 * argument: {@code java -cp ... vn.soi.corpora.DemoCorpus corpora/demo}.
 */
public final class DemoCorpus {

    /** The demo's seed. */
    public static final long SEED = 20251;

    /**
     * The demo's legacy-font Word files: documents drawn as .docx that are rendered in TCVN3 or VNI instead, so that
     * adding them changed no other file and no label. Their units' names start with "Ủy ban", a toned capital.
     */
    public static final Map<String, OutputFormat> LEGACY_FILES = Map.of(
            "huyen-thanh-liem/uy-ban-nhan-dan-xa-lam-son/2025/bkc-cao-trong-quang.docx", OutputFormat.TCVN3,
            "huyen-thanh-liem/uy-ban-nhan-dan-xa-lam-son/2025/bien-ban-hoi-nghi-kiem-diem.docx", OutputFormat.TCVN3,
            "huyen-ninh-phuoc/uy-ban-nhan-dan-xa-phu-xuan/2024/bao-cao-kiem-diem-tap-the.docx", OutputFormat.VNI);

    private DemoCorpus() {
    }

    /** Options of the demo: 2 districts of 3 cells, 2023 to 2025, small cells, rates raised so every signal shows. */
    public static GeneratorOptions options(Path out) {
        Map<FormalismSignal, Double> rates = new EnumMap<>(FormalismSignal.class);
        for (FormalismSignal s : FormalismSignal.values()) {
            rates.put(s, s.isContent() ? s.defaultRate() : Math.min(1.0, s.defaultRate() * 2));
        }
        rates.put(FormalismSignal.COPIED_REPORT, 0.35);
        rates.put(FormalismSignal.YEAR_OVER_YEAR_COPY, 0.06);
        rates.put(FormalismSignal.BOILERPLATE, 0.05);
        rates.put(FormalismSignal.LEADER_ABOVE_COLLECTIVE, 0.3);
        rates.put(FormalismSignal.COLLECTIVE_RATING_DISCIPLINE_CONFLICT, 0.15);
        rates.put(FormalismSignal.RATING_DISCIPLINE_CONFLICT, 0.15);
        return new GeneratorOptions(out, 6, GeneratorOptions.DEFAULT_YEARS, SEED,
                EnumSet.of(OutputFormat.TXT, OutputFormat.DOCX, OutputFormat.PDF, OutputFormat.SCAN), rates, 3, 6, 11);
    }

    /** Regenerates the demo into {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: DemoCorpus OUTPUT_DIR");
            System.exit(2);
        }
        System.out.println(generate(Path.of(args[0])));
    }

    /** Writes the demo into {@code out}: {@link #options} with the {@link #LEGACY_FILES} in their legacy fonts. */
    public static GenerationSummary generate(Path out) throws IOException {
        return new CorpusGenerator().generate(options(out), LEGACY_FILES);
    }
}
