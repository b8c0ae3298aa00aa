package vn.soi.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.soi.web.WebConfig;
import vn.soi.web.WebServices;
import vn.soi.web.audit.AuditAction;
import vn.soi.web.account.Account;
import vn.soi.web.account.AccountRejectedException;
import vn.soi.web.account.Role;

/** {@code soi users add NAME --role ROLE}: creates an account; the password is read from standard input. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Quản lý tài khoản.",
        subcommands = UsersCommand.Add.class)
final class UsersCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Tạo tài khoản; mật khẩu (ít nhất 12 ký tự) đọc từ đầu vào chuẩn.")
    static final class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DataOption data;

        @Parameters(paramLabel = "NAME", description = "Tên đăng nhập.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "admin, inspector, board hoặc researcher.")
        String role;

        @Override
        public Integer call() throws Exception {
            Role parsed;
            try {
                parsed = Role.fromCode(role);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("soi: vai trò không hợp lệ: " + role
                        + " (admin, inspector, board, researcher)");
                return Main.USAGE;
            }
            char[] password = readPassword();
            try (WebServices services = WebServices.open(WebConfig.of(data.data))) {
                Account account = services.users().addUser(name, parsed, password);
                services.audit().record("soi users add", AuditAction.ACCOUNT_CREATED,
                        account.name() + " (" + parsed.code() + ")", null);
            } catch (AccountRejectedException e) {
                spec.commandLine().getErr().println("soi: " + e.getMessage());
                return Main.USAGE;
            } finally {
                Arrays.fill(password, '\0');
            }
            spec.commandLine().getOut().printf("Đã tạo tài khoản %s (%s).%n", name, parsed.label());
            spec.commandLine().getOut().flush();
            return 0;
        }

        private static char[] readPassword() throws IOException {
            Console console = System.console();
            if (console != null) {
                return console.readPassword("Mật khẩu: ");
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? new char[0] : line.toCharArray();
        }
    }
}
