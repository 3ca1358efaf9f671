package org.zhaoshang.crm.document.store;

import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.document.api.FileType;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    @Test
    void aNameKeepsItsChineseAndLosesItsPathControlAndDirectionCharacters() {
        assertThat(FileNames.of("C:\\扫描\\营业执照（副本）.pdf", FileType.PDF)).isEqualTo("营业执照（副本）.pdf");
        assertThat(FileNames.of("../../etc/passwd\r\n.pdf", FileType.PDF)).isEqualTo("passwd.pdf");
        assertThat(FileNames.of("photo\u202Egpj.exe", FileType.JPEG)).isEqualTo("photogpj.exe.jpg");
    }

    @Test
    void aNameEndsWithTheExtensionOfItsCheckedType() {
        assertThat(FileNames.of("invoice.html", FileType.PDF)).isEqualTo("invoice.html.pdf");
        assertThat(FileNames.of("IMG_1.JPEG", FileType.JPEG)).isEqualTo("IMG_1.JPEG");
        assertThat(FileNames.of(null, FileType.OFD)).isEqualTo("document.ofd");
        assertThat(FileNames.of("..", FileType.PNG)).isEqualTo("document.png");
        assertThat(FileNames.of("长".repeat(300) + ".docx", FileType.DOCX)).hasSize(200).endsWith("长.docx");
    }
}
