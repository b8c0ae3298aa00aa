package vn.soi.corpora.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import vn.soi.corpora.OutputFormat;

/**
 * Draws each document's format from the allowed set with realistic weights (mostly Word, then PDF and text, few scans
 * and legacy-font files). Scans are kept for short documents since OCR is slow (longer ones become typed PDF).
 */
public final class FormatChooser {

    /** Longest text (characters) that may become a scan. */
    public static final int SCAN_MAX_CHARS = 3600;

    private final List<OutputFormat> formats = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();
    /** A chooser drawing from the {@code allowed} document formats. */
    public FormatChooser(Set<OutputFormat> allowed) {
        add(allowed, OutputFormat.DOCX, 0.42);
        add(allowed, OutputFormat.PDF, 0.24);
        add(allowed, OutputFormat.TXT, 0.24);
        add(allowed, OutputFormat.SCAN, 0.025);
        add(allowed, OutputFormat.TCVN3, 0.03);
        add(allowed, OutputFormat.VNI, 0.03);
    }

    private void add(Set<OutputFormat> allowed, OutputFormat f, double w) {
        if (allowed.contains(f)) {
            formats.add(f);
            weights.add(w);
        }
    }

    /** The format of a document of {@code chars} characters. */
    public OutputFormat choose(SplittableRandom rng, int chars) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = rng.nextDouble() * total;
        OutputFormat chosen = formats.get(formats.size() - 1);
        for (int i = 0; i < formats.size(); i++) {
            r -= weights.get(i);
            if (r < 0) {
                chosen = formats.get(i);
                break;
            }
        }
        if (chosen == OutputFormat.SCAN && chars > SCAN_MAX_CHARS) {
            chosen = OutputFormat.PDF;
        }
        return chosen;
    }
}
