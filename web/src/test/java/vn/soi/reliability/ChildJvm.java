package vn.soi.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import vn.soi.indexer.nlp.segment.ModelLocation;

/**
 * A child JVM running one main class on this JVM's class path, whose standard output lines are collected as they
 * arrive and which can be killed with SIGKILL ({@link Process#destroyForcibly()} on Linux): no shutdown hook, no
 * {@code finally}, no flush runs in it.
 */
final class ChildJvm implements AutoCloseable {

    /** Exit status of a process killed by SIGKILL, as Java reports it (128 + 9). */
    static final int KILLED = 137;

    private final Process process;
    private final Thread reader;
    private final List<String> lines = new ArrayList<>();
    private final List<Long> arrivals = new ArrayList<>();
    private final long startNanos = System.nanoTime();

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = new Thread(this::readOutput, "child-" + process.pid() + "-stdout");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /**
     * Starts {@code mainClass} with {@code args}; its standard error goes to {@code errorLog}. The child has no
     * segmentation model configured in its environment, so runs do not depend on the machine.
     */
    static ChildJvm start(Class<?> mainClass, Path errorLog, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // Short-lived children on a shared 2-core machine: a small heap, one GC thread, the quick compiler only.
        command.addAll(List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(errorLog.toFile()));
        builder.environment().remove(ModelLocation.ENVIRONMENT_VARIABLE);
        return new ChildJvm(builder.start());
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (lines) {
                    lines.add(line);
                    arrivals.add(elapsedMillis());
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // The pipe closes when the child dies; every line written before that has been read.
            synchronized (lines) {
                lines.add("!! stdout read failed: " + e.getMessage());
                arrivals.add(elapsedMillis());
                lines.notifyAll();
            }
        }
    }

    /** Waits until the child has printed at least {@code count} lines or has exited; false when it exited first. */
    boolean awaitLines(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (lines.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
                    return false;
                }
                lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 50)));
            }
            return true;
        }
    }

    /** How many lines the child has printed so far. */
    int lineCount() {
        synchronized (lines) {
            return lines.size();
        }
    }

    /** Whether the child is still running. */
    boolean isAlive() {
        return process.isAlive();
    }

    /** Milliseconds since the child was started. */
    long elapsedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /**
     * Kills the child with SIGKILL unless it has already exited, waits for it and for the last of its output.
     *
     * @return its exit status: {@value #KILLED} when the kill landed, the child's own status when it had finished
     */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return awaitExit(Duration.ofSeconds(30));
    }

    /** Waits for the child to exit on its own and for the rest of its output; kills it after {@code timeout}. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
            throw new IllegalStateException("child " + process.pid() + " did not finish within " + timeout);
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        return process.exitValue();
    }

    /** Every line the child printed so far. */
    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** When each line arrived, in milliseconds since the child was started. */
    List<Long> arrivals() {
        synchronized (lines) {
            return List.copyOf(arrivals);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
