package vn.soi.web.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.soi.web.store.SoiDatabase;

/**
 * Accounts: created by an administrator (on the admin page or with {@code soi users add}), checked at sign-in. The
 * service never creates an account by itself.
 */
public final class UserService {
    /** Shortest accepted password, in characters. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** Longest accepted password, in characters (bounds the hashing work an attacker can ask for). */
    public static final int MAX_PASSWORD_LENGTH = 256;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{2,64}");
    private static final String COLUMNS = "id, name, role, created_at";

    private final SoiDatabase database;
    private final PasswordHasher hasher;
    private final Clock clock;
    /** Checked when the name is unknown, so that a wrong name costs as much time as a wrong password. */
    private final String decoyHash;

    /**
     * @param database the open database
     * @param hasher the password hasher
     * @param clock the clock that stamps new accounts
     */
    public UserService(SoiDatabase database, PasswordHasher hasher, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.decoyHash = hasher.hash("soi-decoy-password".toCharArray());
    }

    /**
     * Creates an account.
     *
     * @param name sign-in name: 2 to 64 letters, digits, '.', '_' or '-' (compared case-insensitively)
     * @param role the role
     * @param password at least {@value #MIN_PASSWORD_LENGTH} characters; not kept, not cleared (the caller owns it)
     * @return the new account
     * @throws AccountRejectedException with a Vietnamese reason when the name or password is not acceptable or the
     *     name is taken
     */
    public Account addUser(String name, Role role, char[] password) {
        Objects.requireNonNull(role, "role");
        String cleanName = cleanName(name);
        if (!NAME.matcher(cleanName).matches()) {
            throw new AccountRejectedException("Tên đăng nhập \"" + cleanName
                    + "\" không hợp lệ: cần 2 đến 64 ký tự gồm chữ cái, chữ số, dấu chấm, gạch dưới hoặc gạch ngang.");
        }
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new AccountRejectedException("Mật khẩu phải có ít nhất " + MIN_PASSWORD_LENGTH + " ký tự.");
        }
        if (password.length > MAX_PASSWORD_LENGTH) {
            throw new AccountRejectedException("Mật khẩu không được dài quá " + MAX_PASSWORD_LENGTH + " ký tự.");
        }
        String hash = hasher.hash(password);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return database.write("add account " + cleanName, connection -> {
            if (findByKey(connection, key(cleanName)).isPresent()) {
                throw new AccountRejectedException("Tên đăng nhập \"" + cleanName + "\" đã được dùng.");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO account (name, name_key, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, cleanName);
                insert.setString(2, key(cleanName));
                insert.setString(3, role.code());
                insert.setString(4, hash);
                insert.setLong(5, now.toEpochMilli());
                insert.executeUpdate();
            }
            return findByKey(connection, key(cleanName)).orElseThrow();
        });
    }

    /**
     * Checks a sign-in. Takes about the same time whether or not the name exists.
     *
     * @param name the sign-in name as typed
     * @param password the password as typed; not kept, not cleared
     * @return the account when the name exists and the password matches
     */
    public Optional<Account> authenticate(String name, char[] password) {
        if (name == null || password == null || password.length > MAX_PASSWORD_LENGTH) {
            return Optional.empty();
        }
        String nameKey = key(cleanName(name));
        Optional<String> storedHash = database.read("read password hash", connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT password_hash FROM account WHERE name_key = ?")) {
                select.setString(1, nameKey);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                }
            }
        });
        boolean matches = hasher.matches(password, storedHash.orElse(decoyHash));
        if (storedHash.isEmpty() || !matches) {
            return Optional.empty();
        }
        return find(name);
    }

    /**
     * @param name a sign-in name (case-insensitive)
     * @return the account, when it exists
     */
    public Optional<Account> find(String name) {
        Objects.requireNonNull(name, "name");
        String nameKey = key(cleanName(name));
        return database.read("find account", connection -> findByKey(connection, nameKey));
    }

    /** @return every account, by name */
    public List<Account> list() {
        return database.read("list accounts", connection -> {
            List<Account> accounts = new ArrayList<>();
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT " + COLUMNS + " FROM account ORDER BY name_key");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    accounts.add(account(rows));
                }
            }
            return accounts;
        });
    }

    private static Optional<Account> findByKey(Connection connection, String nameKey) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + COLUMNS + " FROM account WHERE name_key = ?")) {
            select.setString(1, nameKey);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(account(row)) : Optional.empty();
            }
        }
    }

    private static Account account(ResultSet row) throws SQLException {
        return new Account(row.getLong("id"), row.getString("name"), Role.fromCode(row.getString("role")),
                Instant.ofEpochMilli(row.getLong("created_at")));
    }

    private static String cleanName(String name) {
        if (name == null) {
            throw new AccountRejectedException("Thiếu tên đăng nhập.");
        }
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }

    private static String key(String cleanName) {
        return cleanName.toLowerCase(Locale.ROOT);
    }
}
