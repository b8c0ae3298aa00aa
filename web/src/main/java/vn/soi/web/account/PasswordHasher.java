package vn.soi.web.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.nio.CharBuffer;

/**
 * Hashes and checks passwords with Argon2id (Password4j). The default cost is the OWASP-recommended minimum: 19 MiB
 * of memory, 2 iterations, 1 lane, with a 16-byte random salt and a 32-byte digest. Hashes are self-describing PHC
 * strings, so the cost can be raised later without invalidating stored hashes: each is checked with its own cost.
 */
public final class PasswordHasher {
    /** Memory cost in KiB. */
    public static final int MEMORY_KIB = 19_456;
    /** Number of passes over the memory. */
    public static final int ITERATIONS = 2;
    /** Degree of parallelism. */
    public static final int PARALLELISM = 1;
    /** Digest length in bytes. */
    public static final int OUTPUT_BYTES = 32;
    /** Salt length in bytes. */
    public static final int SALT_BYTES = 16;

    private final Argon2Function function;

    /** A hasher with the default cost. */
    public PasswordHasher() {
        this(MEMORY_KIB, ITERATIONS);
    }

    /**
     * A hasher with another cost (tests use a low one to stay fast; production keeps the default).
     *
     * @param memoryKib memory cost in KiB, at least 8
     * @param iterations passes over the memory, at least 1
     */
    public PasswordHasher(int memoryKib, int iterations) {
        if (memoryKib < 8 || iterations < 1) {
            throw new IllegalArgumentException("Argon2 cost too low: memory " + memoryKib + " KiB, iterations "
                    + iterations);
        }
        this.function = Argon2Function.getInstance(memoryKib, iterations, PARALLELISM, OUTPUT_BYTES, Argon2.ID);
    }

    /**
     * @param password the password; not kept, not cleared (the caller owns the array)
     * @return a PHC string such as {@code $argon2id$v=19$m=19456,t=2,p=1$...}
     */
    public String hash(char[] password) {
        return Password.hash(CharBuffer.wrap(password)).addRandomSalt(SALT_BYTES).with(function).getResult();
    }

    /**
     * @param password the password to check; not kept, not cleared
     * @param storedHash a hash made by {@link #hash}
     * @return whether the password matches
     */
    public boolean matches(char[] password, String storedHash) {
        return Password.check(CharBuffer.wrap(password), storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
    }
}
