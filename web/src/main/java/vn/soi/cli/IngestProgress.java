package vn.soi.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import vn.soi.indexer.ingest.IngestListener;
import vn.soi.indexer.ingest.IngestOutcome;

/** A progress bar on a terminal for ingest runs; silent when output is not a terminal (pipes, CI, tests). */
final class IngestProgress implements IngestListener, AutoCloseable {

    private final boolean terminal;
    private ProgressBar bar;

    private IngestProgress(boolean terminal) {
        this.terminal = terminal;
    }

    static IngestProgress onTerminal() {
        return new IngestProgress(System.console() != null);
    }

    @Override
    public synchronized void started(int files) {
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("Nạp tài liệu").setInitialMax(files)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" tệp", 1).build();
        }
    }

    @Override
    public synchronized void finished(IngestOutcome outcome) {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
