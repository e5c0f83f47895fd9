package vn.dtiplan.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AttachmentTest {

    @Test
    void planNumbersBecomeSafeAsciiNames() {
        assertEquals("ke-hoach-4638-KH-UBND.docx", Attachment.of("ke-hoach-4638/KH-UBND", "docx").fileName());
        assertEquals("Ke-hoach-Phuong-2-du-thao.pdf", Attachment.of("Kế hoạch Phường 2 (dự thảo)", "pdf").fileName());
        assertEquals("etc-passwd.pdf", Attachment.of("../../etc/passwd", "pdf").fileName());
        assertEquals("a-b.xlsx", Attachment.of("a\"\r\nb", "xlsx").fileName());
        assertEquals("tai-lieu.pdf", Attachment.of("   ", "pdf").fileName());
        assertEquals("Dong-Nai.pdf", Attachment.of("Đồng Nai", "pdf").fileName());
    }

    @Test
    void headerCarriesBothForms() {
        assertEquals("attachment; filename=\"ke-hoach-4638-KH-UBND.pdf\"; filename*=UTF-8''ke-hoach-4638-KH-UBND.pdf",
                Attachment.of("ke-hoach-4638/KH-UBND", "pdf").header());
    }
}
