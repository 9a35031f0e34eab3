package dev.vigil.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives the real program through a pseudo-terminal with tmux: type answers and commands, read the
 * screen, save, quit, then resume from the saved file.
 */
class AssessTerminalTest {

    @TempDir
    Path dir;

    private final String session = "vigil-assess-" + ProcessHandle.current().pid();

    @Test
    void aPersonAnswersGoesBackAsksWhySavesAndResumes() throws Exception {
        assumeTrue(run("tmux", "-V") == 0, "tmux is not installed");
        Path save = dir.resolve("shop.yaml");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the class path goes in an argument file: with the server's libraries it is longer than tmux takes a command
        Path classPath = Files.writeString(dir.resolve("classpath.args"), "-cp \"" + System.getProperty("java.class.path") + "\"");
        String command = java + " -XX:TieredStopAtLevel=1 @" + classPath
                + " dev.vigil.cli.Main assess --rules rules --knowledge knowledge-base --save " + save + " --out " + dir.resolve("out");
        try {
            assertThat(run("tmux", "new-session", "-d", "-s", session, "-x", "160", "-y", "50", command)).isZero();
            waitFor("What is the system called?");
            type("Bookshop");
            waitFor("Which team or person owns the system?");
            type("back");
            waitFor("Current answer: Bookshop");
            type("Book shop");
            waitFor("Which team or person owns the system?");
            type("why");
            waitFor("Asked by rule ask-opening");
            type("skip");
            type("skip");
            waitFor("How bad would it be");
            type("9");
            waitFor("'9' is not one of the choices");
            type("3");
            waitFor("Up to which severity");
            type("threats");
            waitFor("findings so far");
            type("save");
            waitFor("Saved to");
            type("quit");
            waitUntilGone();
            assertThat(Files.readString(save)).contains("Book shop").contains("value: high");
            assertThat(dir.resolve("out/shop.vigil.json")).exists();

            assertThat(run("tmux", "new-session", "-d", "-s", session, "-x", "160", "-y", "50",
                    command.replace("--save", "--resume"))).isZero();
            waitFor("[2 answered"); // skipped questions are asked again after a resume
            waitFor("Which team or person owns the system?");
            type("quit");
            waitUntilGone();
        } finally {
            run("tmux", "kill-session", "-t", session);
        }
    }

    private void type(String line) throws Exception {
        assertThat(run("tmux", "send-keys", "-t", session, "-l", line)).isZero();
        assertThat(run("tmux", "send-keys", "-t", session, "Enter")).isZero();
    }

    private void waitFor(String text) throws Exception {
        String screen = "";
        for (int i = 0; i < 300; i++) {
            screen = capture();
            if (screen.contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("'" + text + "' did not appear on the terminal; it shows:\n" + screen);
    }

    private void waitUntilGone() throws Exception {
        for (int i = 0; i < 300 && run("tmux", "has-session", "-t", session) == 0; i++) {
            Thread.sleep(100);
        }
        assertThat(run("tmux", "has-session", "-t", session)).as("the program ended").isNotZero();
    }

    private String capture() throws Exception {
        Process p = new ProcessBuilder("tmux", "capture-pane", "-p", "-S", "-200", "-t", session).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(20, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
