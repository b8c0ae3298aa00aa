package vn.soi.web.findings;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import vn.soi.analyzer.finding.Severity;
import vn.soi.analyzer.finding.SignalId;

/**
 * The Vietnamese names of signals (from {@code signal-labels.properties}, a table every signal must appear in) and of
 * severities.
 */
public final class SignalLabels {
    private static final String RESOURCE = "signal-labels.properties";
    private static final Map<SignalId, String> LABELS = load();

    private SignalLabels() {
    }

    /**
     * @param signal a signal
     * @return its Vietnamese name
     */
    public static String of(SignalId signal) {
        return LABELS.get(signal);
    }

    /**
     * @param severity a severity
     * @return its Vietnamese name
     */
    public static String of(Severity severity) {
        return switch (severity) {
            case LOW -> "Thấp";
            case MEDIUM -> "Trung bình";
            case HIGH -> "Cao";
        };
    }

    private static Map<SignalId, String> load() {
        Properties table = new Properties();
        try (InputStream in = SignalLabels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + SignalLabels.class);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                table.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<SignalId, String> labels = new EnumMap<>(SignalId.class);
        for (SignalId signal : SignalId.values()) {
            String label = table.getProperty(signal.name());
            if (label == null || label.isBlank()) {
                throw new IllegalStateException(RESOURCE + " has no label for signal " + signal);
            }
            labels.put(signal, label.strip());
        }
        return labels;
    }
}
