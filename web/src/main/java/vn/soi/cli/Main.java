package vn.soi.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code soi} command line. Each sub-command is a class of its own that calls the same services the web
 * application uses, never the HTTP layer. Exit codes follow the interface contract: 0 ok, 1 some input failed or was
 * not found, 2 usage error.
 */
@Command(name = "soi", mixinStandardHelpOptions = true, version = "Soi 0.1.0",
        description = "Soi: tự soi, tự sửa. Phân tích báo cáo kiểm điểm, biên bản và hồ sơ xếp loại, kỷ luật.",
        subcommands = {DemoCommand.class, IngestCommand.class, AnalyzeCommand.class, ShowCommand.class,
                SearchCommand.class, SegmentCommand.class, GenerateCommand.class, EvaluateCommand.class,
                ExportCommand.class, BenchCommand.class, ServeCommand.class, UsersCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    /** Exit code for a usage error (bad option, bad query). */
    public static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line on the process's standard streams and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs the command line with the given output and error streams (for tests) and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main()).setOut(out).setErr(err);
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setParameterExceptionHandler((ex, argv) -> {
            ex.getCommandLine().getErr().println("soi: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return USAGE;
        });
        return cli.execute(args);
    }
}
