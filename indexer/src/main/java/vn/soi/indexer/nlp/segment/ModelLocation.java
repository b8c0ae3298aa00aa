package vn.soi.indexer.nlp.segment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the VnCoreNLP word-segmentation model lives, resolved in this order: the command-line option
 * ({@value #OPTION} DIR), the environment variable {@value #ENVIRONMENT_VARIABLE}, else nowhere. DIR is VnCoreNLP's
 * {@code models} folder (holding {@code wordsegmenter/}) or the {@code wordsegmenter} folder itself.
 *
 * <p>Without a model Soi works on syllables: {@link #segmenter()} is empty and says so once in the log.
 *
 * @param directory the model folder, or {@code null} when none was given
 * @param source    where the folder came from
 */
public record ModelLocation(Path directory, Source source) {

    /** The command-line option that names the model folder. */
    public static final String OPTION = "--vncorenlp-models";
    /** The environment variable that names the model folder when the option is not given. */
    public static final String ENVIRONMENT_VARIABLE = "SOI_VNCORENLP_MODELS";

    private static final Logger LOG = LoggerFactory.getLogger(ModelLocation.class);
    private static final AtomicBoolean ABSENCE_LOGGED = new AtomicBoolean();
    private static final Map<Path, WordSegmenter> LOADED = new HashMap<>();

    /** Where a model location came from. */
    public enum Source {
        /** The {@value ModelLocation#OPTION} command-line option. */
        OPTION,
        /** The {@value ModelLocation#ENVIRONMENT_VARIABLE} environment variable. */
        ENVIRONMENT,
        /** Neither: segmentation is off. */
        NONE
    }

    /** Checks that a folder is given exactly when the source is not {@link Source#NONE}. */
    public ModelLocation {
        if (source == null) {
            throw new IllegalArgumentException("model location source must be given");
        }
        if ((directory == null) != (source == Source.NONE)) {
            throw new IllegalArgumentException("model folder " + directory + " does not fit source " + source);
        }
    }

    /** Resolves from the option value (may be null or blank) and the process environment. */
    public static ModelLocation resolve(String optionValue) {
        return resolve(optionValue, System.getenv());
    }

    /** Resolves from the option value (may be null or blank) and the given environment. */
    public static ModelLocation resolve(String optionValue, Map<String, String> environment) {
        if (optionValue != null && !optionValue.isBlank()) {
            return new ModelLocation(Path.of(optionValue.strip()), Source.OPTION);
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new ModelLocation(Path.of(fromEnvironment.strip()), Source.ENVIRONMENT);
        }
        return new ModelLocation(null, Source.NONE);
    }

    /** True when a model folder was given. */
    public boolean isPresent() {
        return source != Source.NONE;
    }

    /**
     * The segmenter for this location, loaded once per folder and shared; empty (logged once) when no folder was
     * given.
     *
     * @throws IOException when a folder was given but holds no readable model: a wrong setting fails, it is not
     *                     silently ignored
     */
    public Optional<WordSegmenter> segmenter() throws IOException {
        if (!isPresent()) {
            if (ABSENCE_LOGGED.compareAndSet(false, true)) {
                LOG.info("Word segmentation is off: no VnCoreNLP model given ({} DIR or {}); working on syllables",
                        OPTION, ENVIRONMENT_VARIABLE);
            }
            return Optional.empty();
        }
        Path key = directory.toAbsolutePath().normalize();
        synchronized (LOADED) {
            WordSegmenter segmenter = LOADED.get(key);
            if (segmenter == null) {
                segmenter = WordSegmenter.load(key);
                LOADED.put(key, segmenter);
            }
            return Optional.of(segmenter);
        }
    }

    /** One line for {@code soi show} and logs, in Vietnamese then English. */
    public String describe() {
        return switch (source) {
            case OPTION -> "Tách từ: bật, mô hình " + directory + " (" + OPTION + ") / word segmentation on";
            case ENVIRONMENT -> "Tách từ: bật, mô hình " + directory + " (" + ENVIRONMENT_VARIABLE
                    + ") / word segmentation on";
            case NONE -> "Tách từ: tắt, xử lý theo âm tiết (chưa có " + OPTION + " hay " + ENVIRONMENT_VARIABLE
                    + ") / word segmentation off";
        };
    }
}
