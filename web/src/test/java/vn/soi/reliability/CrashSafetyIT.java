package vn.soi.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.FindingsStore;
import vn.soi.cli.Main;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.index.DocumentIndex;
import vn.soi.indexer.ingest.ContentHash;
import vn.soi.indexer.ingest.DataFolder;
import vn.soi.indexer.ingest.OriginalStore;
import vn.soi.web.review.ReviewDecision;
import vn.soi.web.review.ReviewService;
import vn.soi.web.store.SoiDatabase;

/**
 * Crash safety, tried: a real child JVM doing ingest ({@code soi ingest}), analysis ({@code soi analyze}),
 * findings replacement or review writes is killed with SIGKILL at a random point, then the data is reopened and
 * checked, and the work is re-run to completion. Kill points are drawn over the length of one uninterrupted run,
 * measured first (see {@link KillPoint}). Trials per kind:
 * {@code -Dsoi.crash.trials} (default {@value CrashTrials#DEFAULT_TRIALS}); the seed ({@code -Dsoi.crash.seed}) is
 * printed for replay.
 */
class CrashSafetyIT {

    private static final Duration RUN_LIMIT = Duration.ofMinutes(3);
    private static final int FINDINGS_ROUNDS = 40;
    private static final int REVIEW_DECISIONS = 80;

    private final CrashTrials trials = CrashTrials.fromSystemProperties();

    @TempDir
    Path work;

    /** A stored document, reduced to what must survive: its path, content hash, type and normalised text. */
    private record Stored(String path, String id, String contentHash, DocumentType type, String text) {
    }

    // ------------------------------------------------------------------------------------------- ingest, analyze

    @Test
    void ingest_and_analysis_killed_anywhere_leave_whole_documents_and_one_findings_set_and_reruns_complete_them()
            throws Exception {
        Random random = trials.random("ingest and analyze");
        Path full = work.resolve("input/ho-so");
        Path base = work.resolve("input-base/ho-so");
        ReportCorpus.writeFull(full);
        ReportCorpus.writeBase(full, base);

        // The state every trial starts from: the base folder ingested and analysed.
        Path baseData = work.resolve("data-base");
        assertEquals(0, soi("ingest", "--no-ocr", "--data", baseData.toString(), base.toString()), "base ingest");
        assertEquals(0, soi("analyze", "--data", baseData.toString()), "base analysis");
        Map<String, Stored> baseState = snapshot(baseData);
        assertEquals(ReportCorpus.BASE_SIZE, baseState.size(), "base documents");
        Map<Finding, Long> previousFindings = canonical(findings(baseData).load());

        // One uninterrupted ingest of the full folder, then analysis, each timed: the reference.
        // Also timed: when the work proper starts (the first new original is kept) and how long the findings' temporary
        // file lives, so half the kills can aim at those windows.
        Path referenceData = copyTree(baseData, work.resolve("data-reference"));
        long started = System.nanoTime();
        ChildJvm referenceIngest = ingest(referenceData, full);
        long workStart = awaitEvent(referenceIngest, newOriginal(referenceData, baseState.size()));
        assertEquals(0, runToEnd(referenceIngest), "the reference ingest succeeds");
        long ingestMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        started = System.nanoTime();
        ChildJvm referenceAnalysis = analyze(referenceData);
        long replaceStart = awaitEvent(referenceAnalysis, findingsTemp(referenceData));
        long replaceEnd = awaitEvent(referenceAnalysis, child -> !findingsTemp(referenceData).reached(child));
        assertEquals(0, runToEnd(referenceAnalysis), "the reference analysis succeeds");
        long analyzeMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        long workWindow = workStart < 0 ? ingestMillis : ingestMillis - workStart;
        long replaceWindow = replaceStart < 0 ? 10 : 2 * Math.max(5, replaceEnd - replaceStart);
        Map<String, Stored> reference = snapshot(referenceData);
        assertEquals(ReportCorpus.SIZE, reference.size(), "reference documents");
        assertEquals(ReportCorpus.CHANGED, baseState.values().stream()
                .filter(b -> !b.contentHash().equals(reference.get(b.path()).contentHash())).count(),
                "documents changed between base and full");
        Map<Finding, Long> newFindings = canonical(findings(referenceData).load());
        assertFalse(previousFindings.equals(newFindings), "the analyses of the base and the full folder differ ("
                + total(previousFindings) + " and " + total(newFindings) + " findings)");
        System.out.printf("[crash] ingest: uninterrupted run %d ms, first new original at %d ms; analyze:"
                + " uninterrupted run %d ms, findings temp file from %d to %d ms, %d findings before, %d after%n",
                ingestMillis, workStart, analyzeMillis, replaceStart, replaceEnd, total(previousFindings),
                total(newFindings));

        int ingestsKilled = 0;
        int analysesKilled = 0;
        Map<String, Integer> states = new TreeMap<>();
        for (int trial = 1; trial <= trials.count(); trial++) {
            Path data = copyTree(baseData, work.resolve("data-trial-" + trial));

            KillPoint point = random.nextBoolean() ? KillPoint.anyTime(random, ingestMillis)
                    : KillPoint.after("the first new original", newOriginal(data, baseState.size()), random,
                            workWindow);
            int status = kill(ingest(data, full), point);
            ingestsKilled += status == ChildJvm.KILLED ? 1 : 0;
            String context = "ingest trial " + trial + " (seed " + trials.seed() + ", " + point + ")";
            Map<String, Stored> afterKill = checkWholeOrAbsent(data, baseState, reference, context);
            String state = afterKill.equals(baseState) ? "base" : afterKill.equals(reference) ? "full" : "mixed";
            states.merge(state, 1, Integer::sum);
            int parts = checkOriginals(new DataFolder(data), afterKill.values(), context);
            System.out.printf("[crash] %s: exit %d, %d documents (%s state), %d leftover .part files%n", context,
                    status, afterKill.size(), state, parts);

            assertEquals(0, soi("ingest", "--no-ocr", "--data", data.toString(), full.toString()),
                    context + ": the re-run succeeds");
            Map<String, Stored> rerun = snapshot(data);
            assertEquals(reference, rerun, context + ": the re-run gives exactly the reference set");
            checkOriginals(new DataFolder(data), rerun.values(), context + " after re-run");

            point = random.nextBoolean() ? KillPoint.anyTime(random, analyzeMillis)
                    : KillPoint.after("the findings temp file appeared", findingsTemp(data), random, replaceWindow);
            status = kill(analyze(data), point);
            analysesKilled += status == ChildJvm.KILLED ? 1 : 0;
            context = "analyze trial " + trial + " (seed " + trials.seed() + ", " + point + ")";
            Map<Finding, Long> loaded = canonical(findings(data).load());
            boolean isNew = loaded.equals(newFindings);
            assertTrue(isNew || loaded.equals(previousFindings), context + ": loaded " + total(loaded)
                    + " findings, neither the previous " + total(previousFindings) + " nor the new "
                    + total(newFindings));
            states.merge(isNew ? "findings new" : "findings previous", 1, Integer::sum);
            System.out.printf("[crash] %s: exit %d, store holds the %s findings%n", context, status,
                    isNew ? "new" : "previous");

            assertEquals(0, soi("analyze", "--data", data.toString()), context + ": the re-run succeeds");
            assertEquals(newFindings, canonical(findings(data).load()),
                    context + ": the re-run gives the reference findings");
            deleteTree(data);
        }
        System.out.printf("[crash] ingest and analyze: %d trials, %d ingests and %d analyses killed mid-run,"
                + " states %s%n", trials.count(), ingestsKilled, analysesKilled, states);
    }

    /** The originals folder holds more files than the {@code before} the run started with. */
    private static KillPoint.Event newOriginal(Path data, int before) {
        Path originals = new DataFolder(data).originals();
        return child -> {
            try (Stream<Path> walk = Files.walk(originals)) {
                return walk.filter(Files::isRegularFile).count() > before;
            } catch (UncheckedIOException e) {
                // A temporary file vanished while being counted: the child is busy; look again at the next poll.
                return false;
            }
        };
    }

    /** The findings folder holds a temporary file: a replace is under way. */
    private static KillPoint.Event findingsTemp(Path data) {
        Path folder = new DataFolder(data).findings();
        return child -> {
            try (Stream<Path> files = Files.list(folder)) {
                return files.anyMatch(file -> file.getFileName().toString().endsWith(".part"));
            }
        };
    }

    /** Polls {@code event} every millisecond; returns when it was reached, in ms since the start, or -1. */
    private static long awaitEvent(ChildJvm child, KillPoint.Event event) throws Exception {
        while (child.isAlive()) {
            if (event.reached(child)) {
                return child.elapsedMillis();
            }
            Thread.sleep(1);
        }
        return -1;
    }

    /**
     * A findings set as a multiset, with each finding's evidence in a fixed order: two runs of the analysis in
     * different JVMs may list the findings, and the two quotes of a copied pair, in different orders.
     */
    private static Map<Finding, Long> canonical(List<Finding> findings) {
        Comparator<Evidence> order = Comparator.comparing(Evidence::document).thenComparing(Evidence::quote)
                .thenComparing(e -> e.start() == null ? -1 : e.start());
        return findings.stream().map(f -> new Finding(f.key(), f.signal(), f.severity(), f.score(), f.document(),
                        f.documentType(), f.subject(), f.evidence().stream().sorted(order).toList(), f.measures(),
                        f.explanation(), f.rule()))
                .collect(Collectors.groupingBy(Function.identity(), HashMap::new, Collectors.counting()));
    }

    private static long total(Map<Finding, Long> findings) {
        return findings.values().stream().mapToLong(Long::longValue).sum();
    }

    private static FindingsStore findings(Path data) {
        return new FindingsStore(new DataFolder(data).findings());
    }

    private ChildJvm ingest(Path data, Path input) throws IOException {
        return ChildJvm.start(Main.class, work.resolve("ingest-stderr.log"), "ingest", "--data", data.toString(),
                "--vncorenlp-models=", "--no-ocr", input.toString());
    }

    /** Opens the index and reads every document; checks the index's files first with Lucene's CheckIndex. */
    private Map<String, Stored> snapshot(Path data) throws IOException {
        DataFolder folder = new DataFolder(data);
        try (Directory directory = FSDirectory.open(folder.index())) {
            assertTrue(DirectoryReader.indexExists(directory), "a committed index exists in " + folder.index());
            try (CheckIndex check = new CheckIndex(directory)) {
                CheckIndex.Status status = check.checkIndex();
                assertTrue(status.clean, "CheckIndex finds the index in " + folder.index() + " clean");
            }
        }
        Map<String, Stored> documents = new TreeMap<>();
        try (DocumentIndex index = DocumentIndex.open(folder.index())) {
            index.forEach(document -> {
                Stored stored = new Stored(document.provenance().path(), document.id(),
                        document.provenance().contentHash(), document.type(), document.text());
                assertEquals(null, documents.put(stored.path(), stored), "one document per path: " + stored.path());
            });
            assertEquals(documents.size(), index.count(), "every counted document was read");
        }
        return documents;
    }

    /**
     * Every document in the index after a kill is exactly the base version or the reference version of its path:
     * same id, content hash, type and normalised text; nothing else is there.
     */
    private Map<String, Stored> checkWholeOrAbsent(Path data, Map<String, Stored> baseState,
                                                   Map<String, Stored> reference, String context) throws IOException {
        Map<String, Stored> documents = snapshot(data);
        for (Stored stored : documents.values()) {
            assertFalse(stored.text().isBlank(), context + ": text of " + stored.path());
            assertEquals(ContentHash.documentId(stored.path()), stored.id(), context + ": id of " + stored.path());
            Stored expected = reference.get(stored.path());
            assertNotNull(expected, context + ": unknown path " + stored.path());
            if (!expected.equals(stored)) {
                assertEquals(baseState.get(stored.path()), stored,
                        context + ": " + stored.path() + " is neither its base nor its new version");
            }
        }
        for (Stored old : baseState.values()) {
            assertTrue(documents.containsKey(old.path()), context + ": committed document lost: " + old.path());
        }
        return documents;
    }

    /**
     * Every file under {@code originals/} that is not a {@code .part} temporary file sits under its own SHA-256 and
     * its bytes hash to it; every document's original is one of them.
     *
     * @return the number of temporary files left behind
     */
    private static int checkOriginals(DataFolder folder, Iterable<Stored> documents, String context)
            throws IOException {
        int parts = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder.originals())) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".part")) {
                parts++;
                continue;
            }
            assertTrue(name.matches("[0-9a-f]{64}"), context + ": stray file in originals: " + file);
            assertEquals(file, new OriginalStore(folder.originals()).pathOf(name), context + ": misplaced " + file);
            assertEquals(name, ContentHash.of(file), context + ": original's bytes do not match its name: " + file);
        }
        OriginalStore originals = new OriginalStore(folder.originals());
        for (Stored stored : documents) {
            assertTrue(Files.isRegularFile(originals.pathOf(stored.contentHash())),
                    context + ": original of " + stored.path() + " is missing");
        }
        return parts;
    }

    // -------------------------------------------------------------------------------------------------- findings

    @Test
    void findings_killed_while_replaced_are_the_old_set_or_the_new_never_a_mix() throws Exception {
        Random random = trials.random("findings");
        Path folder = work.resolve("findings");
        FindingsStore store = new FindingsStore(folder);
        List<Finding> setA = FindingSets.a();
        List<Finding> setB = FindingSets.b();
        store.replace(setA);

        ChildJvm calibration = findingsWriter(folder);
        assertEquals(0, runToEnd(calibration), "the uninterrupted writer succeeds");
        assertEquals(setA, store.load(), "an even number of rounds ends with set A");
        List<Long> arrivals = calibration.arrivals();
        System.out.printf("[crash] findings: uninterrupted run: first replace done at %d ms, %d replaces by %d ms%n",
                arrivals.get(0), arrivals.size(), arrivals.get(arrivals.size() - 1));

        int killed = 0;
        int foundB = 0;
        for (int trial = 1; trial <= trials.count(); trial++) {
            KillPoint point = KillPoint.amongAcknowledgements(random, arrivals);
            ChildJvm child = findingsWriter(folder);
            int status = kill(child, point);
            killed += status == ChildJvm.KILLED ? 1 : 0;
            String context = "findings trial " + trial + " (seed " + trials.seed() + ", " + point + ")";

            List<Finding> loaded = store.load();
            boolean isA = loaded.equals(setA);
            boolean isB = loaded.equals(setB);
            assertTrue(isA || isB, context + ": loaded " + loaded.size() + " findings, neither set A ("
                    + setA.size() + ") nor set B (" + setB.size() + ")");
            foundB += isB ? 1 : 0;
            if (status == 0) {
                assertTrue(isA, context + ": a completed writer leaves set A");
            }
            int parts = 0;
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".part")) {
                        parts++;
                    } else {
                        assertEquals("findings.jsonl", name, context + ": unexpected file " + file);
                    }
                }
            }
            System.out.printf("[crash] %s: exit %d, last acknowledged '%s', store holds set %s, %d leftover"
                    + " .part files%n", context, status, lastLine(child, "replaced "), isA ? "A" : "B", parts);

            store.replace(setA);
            assertEquals(setA, store.load(), context + ": a new replace after the kill works");
        }
        System.out.printf("[crash] findings: %d trials, %d killed mid-run, %d found set B, %d set A%n",
                trials.count(), killed, foundB, trials.count() - foundB);
    }

    private ChildJvm analyze(Path data) throws IOException {
        return ChildJvm.start(Main.class, work.resolve("analyze-stderr.log"), "analyze", "--data", data.toString(),
                "--vncorenlp-models=");
    }

    /** Runs the command line in this JVM, without a segmentation model, and returns its exit code. */
    private static int soi(String command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = command;
        all[1] = "--vncorenlp-models=";
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        if (code != 0) {
            System.out.println("[crash] soi " + String.join(" ", all) + " exited " + code + ":\n" + out + err);
        }
        return code;
    }

    private ChildJvm findingsWriter(Path folder) throws IOException {
        return ChildJvm.start(FindingsWriterMain.class, work.resolve("findings-stderr.log"), folder.toString(),
                String.valueOf(FINDINGS_ROUNDS));
    }

    // ---------------------------------------------------------------------------------------------------- review

    /** A decision the child acknowledged: its number in the script, database id and timestamp. */
    private record Ack(long sequence, long id, long decidedAtMillis) {

        static Ack parse(String line) {
            String[] parts = line.split(" ");
            return new Ack(Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]));
        }
    }

    @Test
    void every_acknowledged_review_decision_survives_a_kill_with_its_history_order() throws Exception {
        Random random = trials.random("review");
        Path database = work.resolve("review-data/soi.db");
        Map<Long, Ack> acknowledged = new TreeMap<>();

        ChildJvm calibration = reviewWriter(database, 1);
        assertEquals(0, runToEnd(calibration), "the uninterrupted writer succeeds");
        acks(calibration).forEach(ack -> acknowledged.put(ack.sequence(), ack));
        assertEquals(REVIEW_DECISIONS, acknowledged.size(), "every decision of the uninterrupted run is acknowledged");
        assertEquals(REVIEW_DECISIONS + 1, checkReviews(database, acknowledged, "uninterrupted run"));
        List<Long> arrivals = calibration.arrivals();
        System.out.printf("[crash] review: uninterrupted run: first decision acknowledged at %d ms, %d by %d ms%n",
                arrivals.get(0), arrivals.size(), arrivals.get(arrivals.size() - 1));

        int killed = 0;
        int unacknowledged = 0;
        long first = REVIEW_DECISIONS + 1;
        for (int trial = 1; trial <= trials.count(); trial++) {
            KillPoint point = KillPoint.amongAcknowledgements(random, arrivals);
            ChildJvm child = reviewWriter(database, first);
            int status = kill(child, point);
            killed += status == ChildJvm.KILLED ? 1 : 0;
            String context = "review trial " + trial + " (seed " + trials.seed() + ", " + point + ")";
            List<Ack> acks = acks(child);
            acks.forEach(ack -> acknowledged.put(ack.sequence(), ack));

            long next = checkReviews(database, acknowledged, context);
            long stored = next - first;
            assertTrue(stored >= acks.size() && stored <= acks.size() + 1, context + ": " + acks.size()
                    + " acknowledged, " + stored + " stored: only the one in flight may be stored unacknowledged");
            unacknowledged += (int) (stored - acks.size());
            System.out.printf("[crash] %s: exit %d, %d decisions acknowledged, %d stored%n", context, status,
                    acks.size(), stored);
            first = next;
        }
        System.out.printf("[crash] review: %d trials, %d killed mid-run, %d acknowledged decisions all present, %d"
                + " stored but unacknowledged (in flight at the kill)%n", trials.count(), killed, acknowledged.size(),
                unacknowledged);
    }

    @Test
    void a_database_killed_while_being_created_opens_and_migrates_on_restart() throws Exception {
        Random random = trials.random("new database");
        long started = System.nanoTime();
        ChildJvm calibration = reviewWriter(work.resolve("new-db-calibration/soi.db"), 1, 1);
        assertEquals(0, runToEnd(calibration), "the uninterrupted writer succeeds");
        long duration = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.printf("[crash] new database: creating it and recording 1 decision takes %d ms%n", duration);

        int killed = 0;
        for (int trial = 1; trial <= trials.count(); trial++) {
            Path database = work.resolve("new-db-" + trial + "/soi.db");
            KillPoint point = KillPoint.anyTime(random, duration);
            ChildJvm child = reviewWriter(database, 1, 1);
            int status = kill(child, point);
            killed += status == ChildJvm.KILLED ? 1 : 0;
            String context = "new database trial " + trial + " (seed " + trials.seed() + ", " + point + ")";
            String onDisk = Files.exists(database) ? Files.size(database) + " bytes" : "absent";
            Map<Long, Ack> acknowledged = new TreeMap<>();
            acks(child).forEach(ack -> acknowledged.put(ack.sequence(), ack));

            long stored = checkReviews(database, acknowledged, context) - 1;
            assertTrue(stored >= acknowledged.size() && stored <= acknowledged.size() + 1,
                    context + ": " + acknowledged.size() + " acknowledged, " + stored + " stored");
            System.out.printf("[crash] %s: exit %d, database file %s at the kill, reopened with %d decisions%n",
                    context, status, onDisk, stored);
        }
        System.out.printf("[crash] new database: %d trials, %d killed mid-run, every database opened and migrated%n",
                trials.count(), killed);
    }

    private ChildJvm reviewWriter(Path database, long first) throws IOException {
        return reviewWriter(database, first, REVIEW_DECISIONS);
    }

    private ChildJvm reviewWriter(Path database, long first, int count) throws IOException {
        return ChildJvm.start(ReviewWriterMain.class, work.resolve("review-stderr.log"), database.toString(),
                String.valueOf(first), String.valueOf(count));
    }

    private static List<Ack> acks(ChildJvm child) {
        return child.lines().stream().filter(line -> line.startsWith("ack ")).map(Ack::parse).toList();
    }

    /**
     * Reopens the database after a kill (migrating it, had the kill come before its schema was in place): every
     * stored decision is whole (each field what the script says for its number), numbers increase with ids with no
     * gap, each finding's history is in the order its decisions were made, and every acknowledged decision is there
     * with its id and time.
     *
     * @return the number after the highest decision stored
     */
    private static long checkReviews(Path database, Map<Long, Ack> acknowledged, String context) {
        SoiDatabase store = SoiDatabase.open(database);
        List<Long> ids = store.read("read every decision id", connection -> {
            List<Long> all = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM review_decision ORDER BY id");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    all.add(rows.getLong(1));
                }
            }
            return all;
        });
        ReviewService reviews = new ReviewService(store, Clock.systemUTC());
        Map<Long, ReviewDecision> byId = new TreeMap<>();
        for (long key = 0; key < ReviewScript.KEYS; key++) {
            long previousSequence = 0;
            for (ReviewDecision decision : reviews.history(ReviewScript.decision(key).findingKey())) {
                long sequence = ReviewScript.sequenceOf(decision.note());
                assertEquals(ReviewScript.decision(sequence), new ReviewScript(sequence, decision.findingKey(),
                        decision.status(), decision.note(), decision.decidedBy()),
                        context + ": decision " + sequence + " is whole");
                assertTrue(sequence > previousSequence,
                        context + ": history of " + decision.findingKey() + " out of order at " + sequence);
                previousSequence = sequence;
                byId.put(decision.id(), decision);
            }
        }
        assertEquals(ids, List.copyOf(byId.keySet()), context + ": every stored row is in a history");
        long expected = 1;
        for (ReviewDecision decision : byId.values()) {
            assertEquals(expected, ReviewScript.sequenceOf(decision.note()),
                    context + ": decisions are stored in the order made, with no gap, at id " + decision.id());
            expected++;
        }
        for (Ack ack : acknowledged.values()) {
            ReviewDecision decision = byId.get(ack.id());
            if (decision == null) {
                fail(context + ": acknowledged decision " + ack.sequence() + " (id " + ack.id() + ") is lost");
            }
            assertEquals(ack.sequence(), ReviewScript.sequenceOf(decision.note()), context + ": id " + ack.id());
            assertEquals(Instant.ofEpochMilli(ack.decidedAtMillis()), decision.decidedAt(),
                    context + ": time of decision " + ack.sequence());
        }
        return expected;
    }

    // ---------------------------------------------------------------------------------------------------- common

    /** Lets the child run to its end and returns its exit status; its standard error log is shown on failure. */
    private int runToEnd(ChildJvm child) throws Exception {
        try (child) {
            int status = child.awaitExit(RUN_LIMIT);
            if (status != 0) {
                System.out.println("[crash] child failed with " + status + "; output " + child.lines());
                printErrorLogs();
            }
            return status;
        }
    }

    /**
     * Kills the child at {@code point} (or collects it, had it already finished); a child that neither was killed
     * nor finished cleanly fails the test.
     */
    private int kill(ChildJvm child, KillPoint point) throws Exception {
        try (child) {
            int status = point.killAt(child, RUN_LIMIT);
            if (status != ChildJvm.KILLED && status != 0) {
                printErrorLogs();
                fail("the child failed on its own with status " + status + "; output " + child.lines());
            }
            return status;
        }
    }

    private static String lastLine(ChildJvm child, String prefix) {
        List<String> lines = child.lines().stream().filter(line -> line.startsWith(prefix)).toList();
        return lines.isEmpty() ? "none" : lines.get(lines.size() - 1);
    }

    private void printErrorLogs() throws IOException {
        try (Stream<Path> logs = Files.list(work)) {
            for (Path log : logs.filter(p -> p.toString().endsWith("-stderr.log")).toList()) {
                System.out.println("[crash] " + log.getFileName() + ":\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
        }
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals("write.lock")) {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete " + path, e);
                }
            });
        }
    }
}
