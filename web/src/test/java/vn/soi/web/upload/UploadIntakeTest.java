package vn.soi.web.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Receiving uploaded files and zip archives: hostile names are refused by name, the rest is kept. */
public class UploadIntakeTest {
    @TempDir
    Path root;

    /** A zip written by the test; a value of null makes the entry a symbolic link to "/etc/passwd". */
    public static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                String content = e.getValue();
                if (content == null) {
                    entry.setUnixMode(UnixStat.LINK_FLAG | 0777);
                    content = "/etc/passwd";
                }
                out.putArchiveEntry(entry);
                out.write(content.getBytes(StandardCharsets.UTF_8));
                out.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private UploadIntake intake(UploadLimits limits) {
        return new UploadIntake(limits, root.resolve("uploads/job"), root.resolve("uploads/job.parts"));
    }

    @Test
    void zip_entries_leaving_the_folder_links_and_nested_archives_are_refused_by_name_and_the_rest_kept()
            throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("../evil.txt", "thoát ra ngoài");
        entries.put("/tuyet-doi.txt", "đường dẫn tuyệt đối");
        entries.put("bao-cao/2023/ban-kiem-diem.txt", "Bản kiểm điểm cá nhân năm 2023.");
        entries.put("bao-cao/lien-ket.txt", null);
        entries.put("bao-cao/long-nhau.zip", "PK");
        entries.put("bao-cao/..\\..\\evil2.txt", "thoát ra ngoài");
        byte[] archive = zip(entries);
        UploadIntake intake = intake(UploadLimits.DEFAULTS);
        intake.add("ho-so.zip", new ByteArrayInputStream(archive));

        assertEquals(1, intake.accepted());
        assertEquals("Bản kiểm điểm cá nhân năm 2023.",
                Files.readString(root.resolve("uploads/job/bao-cao/2023/ban-kiem-diem.txt")));
        Map<String, String> refused = intake.refused().stream()
                .collect(Collectors.toMap(FileProblem::name, FileProblem::reason));
        assertEquals(5, refused.size(), refused.toString());
        assertTrue(refused.get("ho-so.zip!../evil.txt").contains(".."));
        assertTrue(refused.get("ho-so.zip!/tuyet-doi.txt").contains("tuyệt đối"));
        assertTrue(refused.get("ho-so.zip!bao-cao/lien-ket.txt").contains("liên kết"));
        assertTrue(refused.get("ho-so.zip!bao-cao/long-nhau.zip").contains("lồng"));
        assertTrue(refused.get("ho-so.zip!bao-cao/..\\..\\evil2.txt").contains(".."));
        assertFalse(Files.exists(root.resolve("uploads/evil.txt")));
        assertFalse(Files.exists(root.resolve("evil.txt")));
        assertFalse(Files.exists(root.resolve("evil2.txt")));
    }

    @Test
    void plain_files_with_a_folder_in_their_name_are_refused_and_sizes_are_bounded() throws Exception {
        UploadIntake intake = intake(new UploadLimits(1_000_000, 10, 10, 1_000));
        intake.add("../evil.txt", new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)));
        intake.add("thu-muc/ten.txt", new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)));
        intake.add("lon.txt", new ByteArrayInputStream("mười một ký tự trở lên".getBytes(StandardCharsets.UTF_8)));
        intake.add("nho.txt", new ByteArrayInputStream("vừa".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, intake.accepted());
        assertEquals(3, intake.refused().size());
        assertFalse(Files.exists(root.resolve("uploads/job/lon.txt")), "an oversized file is not kept");
        assertTrue(Files.exists(root.resolve("uploads/job/nho.txt")));
    }

    @Test
    void too_many_unpacked_bytes_refuse_the_whole_upload() throws Exception {
        byte[] archive = zip(Map.of("a.txt", "a".repeat(600), "b.txt", "b".repeat(600)));
        UploadIntake intake = intake(new UploadLimits(1_000_000, 1_000, 10, 1_000));
        UploadRejectedException e = assertThrows(UploadRejectedException.class,
                () -> intake.add("bom.zip", new ByteArrayInputStream(archive)));
        assertTrue(e.getMessage().contains("giải ra"));
    }

    @Test
    void names_are_checked_for_dot_dot_absolute_paths_and_control_characters() {
        assertTrue(UploadIntake.nameProblem("a/../../b").isPresent());
        assertTrue(UploadIntake.nameProblem("C:\\Windows\\x.txt").isPresent());
        assertTrue(UploadIntake.nameProblem("\\\\server\\x.txt").isPresent());
        assertTrue(UploadIntake.nameProblem("a\u0000b.txt").isPresent());
        assertTrue(UploadIntake.nameProblem(" ").isPresent());
        assertFalse(UploadIntake.nameProblem("bao-cao/..hai-cham-dau.txt").isPresent());
        assertFalse(UploadIntake.nameProblem("Bản kiểm điểm.docx").isPresent());
    }
}
