package vn.soi.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soi.web.store.SoiDatabase;

class UserServiceTest {
    private static final char[] PASSWORD = "một mật khẩu đủ dài".toCharArray();

    @TempDir
    Path folder;
    private SoiDatabase database;
    private UserService users;

    @BeforeEach
    void open() {
        database = SoiDatabase.open(folder.resolve("soi.db"));
        users = new UserService(database, new PasswordHasher(64, 1), Clock.systemUTC());
    }

    @Test
    void an_added_account_signs_in_with_its_password_only() {
        Account account = users.addUser("Trần.Thị-Bình", Role.BOARD, PASSWORD);
        assertEquals("Trần.Thị-Bình", account.name());
        assertEquals(Role.BOARD, account.role());
        assertEquals(account, users.authenticate("trần.thị-bình", PASSWORD).orElseThrow());
        assertTrue(users.authenticate("Trần.Thị-Bình", "sai mật khẩu rồi nhé".toCharArray()).isEmpty());
        assertTrue(users.authenticate("không-có-ai", PASSWORD).isEmpty());
    }

    @Test
    void the_password_is_stored_as_an_argon2id_hash() {
        users.addUser("hoa", Role.INSPECTOR, PASSWORD);
        String stored = database.read("read hash", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT password_hash FROM account");
                    ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        });
        assertTrue(stored.startsWith("$argon2id$"), stored);
        assertFalse(stored.contains(new String(PASSWORD)));
    }

    @Test
    void default_hasher_uses_the_owasp_cost() {
        String hash = new PasswordHasher().hash(PASSWORD);
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertTrue(new PasswordHasher().matches(PASSWORD, hash));
    }

    @Test
    void names_are_unique_ignoring_case() {
        users.addUser("Lan", Role.RESEARCHER, PASSWORD);
        AccountRejectedException e =
                assertThrows(AccountRejectedException.class, () -> users.addUser("LAN", Role.ADMIN, PASSWORD));
        assertEquals("Tên đăng nhập \"LAN\" đã được dùng.", e.getMessage());
        assertEquals(1, users.list().size());
    }

    @Test
    void rejects_short_passwords_and_bad_names_in_vietnamese() {
        assertEquals("Mật khẩu phải có ít nhất 12 ký tự.", assertThrows(AccountRejectedException.class,
                () -> users.addUser("lan", Role.BOARD, "ngắn".toCharArray())).getMessage());
        assertTrue(assertThrows(AccountRejectedException.class,
                () -> users.addUser("lan nguyen", Role.BOARD, PASSWORD)).getMessage().contains("không hợp lệ"));
        assertTrue(assertThrows(AccountRejectedException.class,
                () -> users.addUser("<b>", Role.BOARD, PASSWORD)).getMessage().contains("không hợp lệ"));
        assertTrue(users.list().isEmpty());
    }

    @Test
    void lists_accounts_by_name() {
        users.addUser("minh", Role.ADMIN, PASSWORD);
        users.addUser("an", Role.BOARD, PASSWORD);
        assertEquals(List.of("an", "minh"), users.list().stream().map(Account::name).toList());
    }

    @Test
    void role_codes_round_trip_and_unknown_codes_are_named() {
        for (Role role : Role.values()) {
            assertEquals(role, Role.fromCode(role.code()));
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Role.fromCode("boss")).getMessage()
                .contains("'boss'"));
    }
}
