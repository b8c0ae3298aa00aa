package vn.soi.web.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocumentControllerTest {
    @Test
    void download_names_are_ascii_safe_with_the_utf8_name_beside() {
        assertEquals("attachment; filename=\"bien-ban-hoi-nghi.docx\"; filename*=UTF-8''bi%C3%AAn-b%E1%BA%A3n"
                        + "-h%E1%BB%99i-ngh%E1%BB%8B.docx",
                DocumentController.contentDisposition("./minutes\\2023/biên-bản-hội-nghị.docx"));
        assertEquals("attachment; filename=\"a_b_.txt\"; filename*=UTF-8''a%22b%0D%0A.txt",
                DocumentController.contentDisposition("x/a\"b\r\n.txt"));
        assertEquals("attachment; filename=\"tai-lieu\"; filename*=UTF-8''tai-lieu",
                DocumentController.contentDisposition("thư-mục/"));
    }

    @Test
    void paths_compare_with_forward_slashes_and_without_a_leading_dot() {
        assertEquals("reports/2023/a.docx", DocumentController.canonicalPath(".\\reports\\2023\\a.docx"));
    }
}
