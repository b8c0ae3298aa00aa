package vn.soi.indexer.nlp.entity;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Precision and recall per {@link EntityKind} of an {@link EntityRecognizer} against {@link AnnotatedText}s, by exact
 * span match (kind, start and end), with the list of errors for inspection.
 */
public final class EntityEvaluator {

    /** One error: a found span that is not gold ({@code missed} false) or a gold span not found ({@code missed}). */
    public record Error(String document, Entity entity, boolean missed) {
        public Error {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(entity, "entity");
        }

        @Override
        public String toString() {
            return (missed ? "missed " : "spurious ") + entity.kind() + " '" + entity.text() + "' in " + document
                    + " at " + entity.start();
        }
    }

    /** The scores per kind (every kind present) and the errors, in document order. */
    public record Result(Map<EntityKind, EntityScore> scores, List<Error> errors) {
        public Result {
            scores = Map.copyOf(scores);
            errors = List.copyOf(errors);
        }

        /** The score of one kind. */
        public EntityScore score(EntityKind kind) {
            return scores.get(kind);
        }

        /** A plain-text table: kind, gold, found, correct, precision, recall, F1. */
        public String table() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-9s %6s %6s %7s %9s %7s %6s%n",
                    "kind", "gold", "found", "correct", "precision", "recall", "F1"));
            int gold = 0;
            int found = 0;
            int correct = 0;
            for (EntityKind kind : EntityKind.values()) {
                EntityScore s = scores.get(kind);
                out.append(row(kind.name(), s));
                gold += s.gold();
                found += s.truePositives() + s.falsePositives();
                correct += s.truePositives();
            }
            out.append(row("all", new EntityScore(EntityKind.PERSON, correct, found - correct, gold - correct)));
            return out.toString();
        }

        private static String row(String label, EntityScore s) {
            return String.format(Locale.ROOT, "%-9s %6d %6d %7d %9.3f %7.3f %6.3f%n", label, s.gold(),
                    s.truePositives() + s.falsePositives(), s.truePositives(), s.precision(), s.recall(), s.f1());
        }
    }

    private EntityEvaluator() {
    }

    /** Scores {@code recognizer} on {@code documents}. */
    public static Result evaluate(EntityRecognizer recognizer, List<AnnotatedText> documents) {
        Objects.requireNonNull(recognizer, "recognizer");
        Map<EntityKind, int[]> counts = new EnumMap<>(EntityKind.class);
        for (EntityKind kind : EntityKind.values()) {
            counts.put(kind, new int[3]);
        }
        List<Error> errors = new ArrayList<>();
        for (AnnotatedText document : documents) {
            List<Entity> found = recognizer.find(document.text());
            Set<String> gold = new HashSet<>();
            document.gold().forEach(e -> gold.add(key(e)));
            Set<String> matched = new HashSet<>();
            for (Entity e : found) {
                if (gold.contains(key(e))) {
                    counts.get(e.kind())[0]++;
                    matched.add(key(e));
                } else {
                    counts.get(e.kind())[1]++;
                    errors.add(new Error(document.name(), e, false));
                }
            }
            for (Entity e : document.gold()) {
                if (!matched.contains(key(e))) {
                    counts.get(e.kind())[2]++;
                    errors.add(new Error(document.name(), e, true));
                }
            }
        }
        Map<EntityKind, EntityScore> scores = new EnumMap<>(EntityKind.class);
        counts.forEach((kind, c) -> scores.put(kind, new EntityScore(kind, c[0], c[1], c[2])));
        return new Result(scores, errors);
    }

    private static String key(Entity e) {
        return e.kind() + "@" + e.start() + ":" + e.end();
    }

    /**
     * Evaluates the standard recogniser on annotated UTF-8 files and prints the table and the errors: {@code
     * EntityEvaluator FILE...}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: EntityEvaluator ANNOTATED_FILE...");
            System.exit(2);
        }
        List<AnnotatedText> documents = new ArrayList<>();
        for (String arg : args) {
            Path file = Path.of(arg);
            documents.add(AnnotatedText.parse(file.getFileName().toString(),
                    Files.readString(file, StandardCharsets.UTF_8)));
        }
        Result result = evaluate(EntityRecognizer.standard(), documents);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(result.table());
        result.errors().forEach(out::println);
    }
}
