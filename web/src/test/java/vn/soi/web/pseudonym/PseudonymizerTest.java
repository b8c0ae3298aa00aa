package vn.soi.web.pseudonym;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymizerTest {
    @TempDir
    Path folder;

    @Test
    void key_file_is_created_once_with_32_bytes_readable_by_its_owner_only() throws IOException {
        Path keyFile = folder.resolve("data/secret.key");
        byte[] first = SecretKeyFile.loadOrCreate(keyFile);
        assertEquals(32, Files.size(keyFile));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        assertEquals(List.of(keyFile), Files.list(keyFile.getParent()).toList(), "no temporary file left");
        assertArrayEquals(first, SecretKeyFile.loadOrCreate(keyFile));
    }

    @Test
    void pseudonyms_are_stable_across_restarts_and_differ_per_name() throws IOException {
        Path keyFile = folder.resolve("secret.key");
        Pseudonymizer first = Pseudonymizer.fromKeyFile(keyFile);
        Pseudonymizer second = Pseudonymizer.fromKeyFile(keyFile);
        String pseudonym = first.pseudonym("Nguyễn Văn A");
        assertTrue(pseudonym.matches("Người [0-9A-F]{4}-[0-9A-F]{4}"), pseudonym);
        assertEquals(pseudonym, second.pseudonym("Nguyễn Văn A"));
        assertEquals(pseudonym, second.pseudonym("  NGUYỄN   VĂN A "), "case and spacing do not matter");
        String decomposed = Normalizer.normalize("Nguyễn Văn A", Normalizer.Form.NFD);
        assertEquals(pseudonym, second.pseudonym(decomposed), "Unicode form does not matter");
        assertNotEquals(pseudonym, first.pseudonym("Nguyễn Văn An"));
        assertNotEquals(pseudonym, first.pseudonym("Nguyễn Văn Á"));

        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            assertTrue(seen.add(first.pseudonym("Người thứ " + i)), "clash at " + i);
        }
    }

    @Test
    void another_key_gives_other_pseudonyms() throws IOException {
        String here = Pseudonymizer.fromKeyFile(folder.resolve("a.key")).pseudonym("Lê Thị Hoa");
        String there = Pseudonymizer.fromKeyFile(folder.resolve("b.key")).pseudonym("Lê Thị Hoa");
        assertNotEquals(here, there);
    }

    @Test
    void replaces_whole_names_longest_first_and_leaves_other_words() throws IOException {
        Pseudonymizer pseudonymizer = Pseudonymizer.fromKeyFile(folder.resolve("secret.key"));
        String a = pseudonymizer.pseudonym("Nguyễn Văn A");
        String an = pseudonymizer.pseudonym("Nguyễn Văn An");
        String text = "Đồng chí Nguyễn Văn An góp ý cho đồng chí NGUYỄN VĂN A;\nNguyễn Văn\nA nhận khuyết điểm. "
                + "Nguyễn Văn Anh không có trong danh sách.";
        String replaced = pseudonymizer.replaceNames(text, List.of("Nguyễn Văn A", "Nguyễn Văn An"));
        assertEquals("Đồng chí " + an + " góp ý cho đồng chí " + a + ";\n" + a + " nhận khuyết điểm. "
                + "Nguyễn Văn Anh không có trong danh sách.", replaced);
        assertFalse(replaced.contains("Nguyễn Văn A "));
    }

    @Test
    void names_with_regex_characters_are_taken_literally() throws IOException {
        Pseudonymizer pseudonymizer = Pseudonymizer.fromKeyFile(folder.resolve("secret.key"));
        assertEquals("Ông " + pseudonymizer.pseudonym("A.B (C)") + " và ABXC",
                pseudonymizer.replaceNames("Ông A.B (C) và ABXC", List.of("A.B (C)", " ")));
        assertEquals("không đổi", pseudonymizer.replaceNames("không đổi", List.of()));
    }

    @Test
    void refuses_a_key_file_others_can_read() throws IOException {
        Path keyFile = folder.resolve("secret.key");
        SecretKeyFile.loadOrCreate(keyFile);
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
        IOException e = assertThrows(IOException.class, () -> Pseudonymizer.fromKeyFile(keyFile));
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
    }

    @Test
    void refuses_a_key_file_of_the_wrong_length() throws IOException {
        Path keyFile = Files.createFile(folder.resolve("secret.key"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(keyFile, new byte[] {1, 2, 3});
        IOException e = assertThrows(IOException.class, () -> SecretKeyFile.loadOrCreate(keyFile));
        assertTrue(e.getMessage().contains("found 3"), e.getMessage());
    }
}
