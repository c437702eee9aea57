package io.quotewire.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** File names from clients lose directories and control characters. */
class FileNamesTest {

    @Test
    void pathTraversalKeepsOnlyTheLastSegment() {
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("..\\..\\Windows\\win.ini")).isEqualTo("win.ini");
        assertThat(FileNames.sanitise("C:\\Users\\me\\article.txt")).isEqualTo("article.txt");
    }

    @Test
    void controlAndBidiCharactersAreRemoved() {
        assertThat(FileNames.sanitise("evil\u0000\r\nname\u202Etxt.exe")).isEqualTo("evilnametxt.exe");
    }

    @Test
    void nothingUsableBecomesUnnamed() {
        assertThat(FileNames.sanitise(null)).isEqualTo(FileNames.UNNAMED);
        assertThat(FileNames.sanitise("../..")).isEqualTo(FileNames.UNNAMED);
        assertThat(FileNames.sanitise("dir/")).isEqualTo(FileNames.UNNAMED);
        assertThat(FileNames.sanitise(" \t ")).isEqualTo(FileNames.UNNAMED);
    }

    @Test
    void ordinaryNamesAreKept() {
        assertThat(FileNames.sanitise("Kim’s talks (draft).docx")).isEqualTo("Kim’s talks (draft).docx");
    }

    @Test
    void overlongNamesAreCut() {
        assertThat(FileNames.sanitise("a".repeat(400) + ".txt")).hasSize(255);
    }
}
