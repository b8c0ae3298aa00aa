package vn.soi.indexer.nlp.segment;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads VnCoreNLP's {@code vi-vocab}: a Java-serialised {@code java.util.HashSet} of {@code String}.
 *
 * <p>Java deserialisation of an untrusted file can run code, so the stream gets an {@link ObjectInputFilter} that admits
 * only {@code HashSet}, {@code String} and the {@code Map.Entry[]} table that {@code HashSet.readObject} checks, within
 * limits on depth, references, array length and bytes. Anything else is refused with an error that names the file and
 * the refused class, before that class is instantiated.
 */
final class VocabularyFile {

    /** Largest accepted file and stream, in bytes (the published vocabulary has 526,544). */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Largest accepted hash-table capacity (the published vocabulary declares 65,536). */
    static final long MAX_ARRAY_LENGTH = 1L << 22;
    /** Largest accepted number of object references (one per entry, plus a few). */
    static final long MAX_REFERENCES = 4_000_000;
    /** Largest accepted object nesting depth (set, then its strings). */
    static final long MAX_DEPTH = 3;

    private VocabularyFile() {
    }

    /** Reads the vocabulary; every element is returned as stored (not yet canonicalised). */
    static Set<String> read(Path file) throws IOException {
        long bytes = Files.size(file);
        if (bytes > MAX_BYTES) {
            throw new IOException("vocabulary file " + file + " has " + bytes + " bytes, over the limit of "
                    + MAX_BYTES);
        }
        AtomicReference<String> refused = new AtomicReference<>();
        ObjectInputFilter filter = info -> check(info, refused);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
             ObjectInputStream in = new ObjectInputStream(raw)) {
            in.setObjectInputFilter(filter);
            Object object = in.readObject();
            if (!(object instanceof HashSet<?> set)) {
                throw new IOException("vocabulary file " + file + " holds "
                        + (object == null ? "null" : object.getClass().getName()) + ", not a java.util.HashSet");
            }
            Set<String> words = new HashSet<>(set.size() * 2);
            for (Object element : set) {
                if (!(element instanceof String word)) {
                    throw new IOException("vocabulary file " + file + " holds a non-string element of type "
                            + (element == null ? "null" : element.getClass().getName()));
                }
                words.add(word);
            }
            return words;
        } catch (InvalidClassException e) {
            String what = refused.get() != null ? refused.get() : e.getMessage();
            throw new IOException("vocabulary file " + file + " refused: it is not a serialised HashSet<String> ("
                    + what + "); only java.util.HashSet and java.lang.String are read from this file", e);
        } catch (ClassNotFoundException e) {
            throw new IOException("vocabulary file " + file + " names an unknown class: " + e.getMessage(), e);
        }
    }

    private static final Map<Class<?>, Boolean> ADMITTED = Map.of(
            HashSet.class, Boolean.TRUE, String.class, Boolean.TRUE, Map.Entry[].class, Boolean.TRUE);

    private static ObjectInputFilter.Status check(ObjectInputFilter.FilterInfo info, AtomicReference<String> refused) {
        if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES || info.streamBytes() > MAX_BYTES) {
            refused.compareAndSet(null, "limit exceeded: depth " + info.depth() + ", references "
                    + info.references() + ", bytes " + info.streamBytes());
            return ObjectInputFilter.Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        if (!ADMITTED.containsKey(type)) {
            refused.compareAndSet(null, "class " + type.getName() + " is not admitted");
            return ObjectInputFilter.Status.REJECTED;
        }
        if (type.isArray() && info.arrayLength() > MAX_ARRAY_LENGTH) {
            refused.compareAndSet(null, "array of " + info.arrayLength() + " entries, over the limit of "
                    + MAX_ARRAY_LENGTH);
            return ObjectInputFilter.Status.REJECTED;
        }
        return ObjectInputFilter.Status.ALLOWED;
    }
}
