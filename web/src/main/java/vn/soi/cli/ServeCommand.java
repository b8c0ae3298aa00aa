package vn.soi.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.javalin.Javalin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.soi.web.SoiWebApp;
import vn.soi.web.WebConfig;
import vn.soi.web.WebServices;
import vn.soi.web.upload.IngestingUploadProcessor;

/** {@code soi serve}: the web UI and HTTP API, bound to the loopback address unless told otherwise. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Chạy giao diện web và API HTTP.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--port", paramLabel = "PORT", description = "Cổng. Mặc định: ${DEFAULT-VALUE}")
    int port = WebConfig.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "HOST", description = "Địa chỉ lắng nghe. Mặc định: ${DEFAULT-VALUE}")
    String host = WebConfig.DEFAULT_HOST;

    @Override
    public Integer call() throws Exception {
        WebConfig config = new WebConfig(data.data, host, port);
        try (WebServices services = WebServices.open(config, data.words())) {
            if (services.users().list().isEmpty()) {
                spec.commandLine().getErr().println("soi: chưa có tài khoản nào: tạo bằng "
                        + "'soi users add TÊN --role admin' (mật khẩu đọc từ đầu vào chuẩn).");
            }
            serveUntilStopped(services, config, spec);
        }
        return 0;
    }

    /** Starts the app, prints its address, and blocks until the JVM is asked to stop (Ctrl-C). */
    static void serveUntilStopped(WebServices services, WebConfig config, CommandSpec spec)
            throws InterruptedException {
        Javalin app = new SoiWebApp(services,
                new IngestingUploadProcessor(services, Runtime.getRuntime().availableProcessors()))
                .javalin().start(config.host(), config.port());
        spec.commandLine().getOut().printf("Soi đang chạy tại http://%s:%d (Ctrl-C để dừng)%n",
                "127.0.0.1".equals(config.host()) ? "localhost" : config.host(), app.port());
        spec.commandLine().getOut().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }, "soi-shutdown"));
        stopped.await();
    }
}
