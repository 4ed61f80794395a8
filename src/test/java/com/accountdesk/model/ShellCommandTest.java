package com.accountdesk.model;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile words through a real /bin/sh: each arrives as itself, one word, and nothing runs. */
@Tag("process")
class ShellCommandTest {
    static final List<String> HOSTILE = List.of(
            "x;touch$IFS'PWNED';", "$(touch PWNED)", "`touch PWNED`", "a'b", "'", "''", "\\'", "a b\tc",
            "line1\nline2;touch PWNED", "*", "~root", "$HOME", "!!", "a&&touch PWNED", "|touch PWNED", ">PWNED",
            "\"$(touch PWNED)\"", "ünïcødé ‮gnp.exe", "", "-X", "%3B", "{a,b}");

    /** Runs {@code command} in {@code dir} with {@code printf} standing in for the program; returns the words it got. */
    static List<String> wordsSeenBy(Path dir, String command) throws IOException, InterruptedException {
        Process sh = new ProcessBuilder("/bin/sh", "-c", "show() { for w in \"$@\"; do printf '%s\\0' \"$w\"; done; }; " + command)
                .directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = sh.getInputStream().readAllBytes();
        assertTrue(sh.waitFor(20, TimeUnit.SECONDS));
        String text = new String(out, StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.substring(0, text.length() - 1).split("\0", -1));
    }

    @Test
    void everyHostileWordArrivesWholeAndNothingRuns(@TempDir Path dir) throws Exception {
        for (String word : HOSTILE) {
            assertEquals(List.of(word), wordsSeenBy(dir, "show " + ShellCommand.quote(word)), word);
        }
        assertEquals(List.of("a", "x;y", ""), wordsSeenBy(dir, ShellCommand.of("show", "a", "x;y", "")));
        assertFalse(Files.exists(dir.resolve("PWNED")));
    }

    @Test
    void plainWordsStayReadable() {
        assertEquals("curl -X POST https://acm.altinity.cloud/api/101/cluster-launch",
                ShellCommand.of("curl", "-X", "POST", "https://acm.altinity.cloud/api/101/cluster-launch"));
        assertEquals("'X-Auth-Token: <TOKEN>'", ShellCommand.quote("X-Auth-Token: <TOKEN>"));
        assertEquals("'a'\\''b'", ShellCommand.quote("a'b"));
    }
}
