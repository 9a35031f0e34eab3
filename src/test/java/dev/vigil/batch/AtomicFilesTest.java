package dev.vigil.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A report is replaced whole or not at all: a write that fails halfway (a full disk) leaves the old one and no debris. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldReportAndNoTemporaryFile() throws IOException {
        Path report = Files.writeString(dir.resolve("shop.vigil.json"), "{ \"old\" : true }\n");
        assertThatThrownBy(() -> AtomicFiles.write(report, out -> {
            out.write("{ \"new\" : ".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device"); // what the file system says when the disk is full
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThat(Files.readString(report)).isEqualTo("{ \"old\" : true }\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void aSuccessfulWriteReplacesTheReportWhole() throws IOException {
        Path report = Files.writeString(dir.resolve("shop.vigil.md"), "old and longer than the new text\n");
        AtomicFiles.write(report, "new\n");
        assertThat(Files.readString(report)).isEqualTo("new\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(report);
        }
    }
}
