package vn.soi.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.soi.web.account.Role;
import vn.soi.web.account.UserService;
import vn.soi.web.audit.AuditAction;
import vn.soi.web.audit.AuditLog;

/**
 * One demo account per role, created by {@code soi demo} with random passwords that are printed and kept in
 * {@code DATA/demo-accounts.txt} (readable by its owner only), so a second demo run prints the same ones.
 * {@code soi serve} never creates accounts.
 */
final class DemoAccounts {

    static final String FILE = "demo-accounts.txt";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private DemoAccounts() {
    }

    /** The demo accounts as "name role password" lines, creating them (audited) on first use. */
    static List<String> ensure(UserService users, AuditLog audit, Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        SecureRandom random = new SecureRandom();
        List<String> lines = new ArrayList<>();
        for (Role role : Role.values()) {
            String name = "demo-" + role.code();
            if (users.find(name).isPresent()) {
                continue;
            }
            char[] password = password(random);
            users.addUser(name, role, password);
            audit.record("soi demo", AuditAction.ACCOUNT_CREATED, name + " (" + role.code() + ")", null);
            lines.add(name + "  " + role.code() + "  " + new String(password));
            Arrays.fill(password, '\0');
        }
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(file, lines, StandardCharsets.UTF_8);
        return lines;
    }

    private static char[] password(SecureRandom random) {
        char[] password = new char[16];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return password;
    }
}
