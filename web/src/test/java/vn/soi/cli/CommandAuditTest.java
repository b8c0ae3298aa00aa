package vn.soi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soi.web.WebConfig;
import vn.soi.web.WebServices;
import vn.soi.web.audit.AuditEvent;

/** The commands that create accounts or export data leave a line in the audit log, like the web pages do. */
class CommandAuditTest {
    @TempDir
    Path data;

    @Test
    void users_add_and_export_are_audited_with_the_command_as_actor() throws Exception {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("mật-khẩu-dòng-lệnh-1\n".getBytes(StandardCharsets.UTF_8)));
            assertEquals(0, run("users", "add", "--data=" + data, "lan", "--role", "board"));
        } finally {
            System.setIn(stdin);
        }
        assertEquals(0, run("export", "--data=" + data, "--vncorenlp-models=", "--format", "csv", "--anonymize",
                "--out", data.resolve("hs.csv").toString()));

        try (WebServices services = WebServices.open(WebConfig.of(data))) {
            List<AuditEvent> events = services.audit().recent(10, Long.MAX_VALUE);
            assertEquals(2, events.size(), events.toString());
            assertEquals("EXPORTED soi export csv, ẩn danh, 0 phát hiện", line(events.get(0)));
            assertEquals("ACCOUNT_CREATED soi users add lan (board)", line(events.get(1)));
        }
    }

    private static String line(AuditEvent event) {
        return event.action() + " " + event.actor() + " " + event.target();
    }

    private static int run(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        assertEquals("", err.toString(), String.join(" ", args));
        return code;
    }
}
