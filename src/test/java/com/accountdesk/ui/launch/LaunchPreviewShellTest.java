package com.accountdesk.ui.launch;

import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.Secret;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Copy as curl" pasted into a real /bin/sh (with {@code curl} replaced by a function that prints
 * its words): hostile environment ids, names, passwords and tokens run nothing and reach curl
 * whole, and the id is percent-encoded in the URL.
 */
@Tag("process")
class LaunchPreviewShellTest {
    private static final List<String> HOSTILE = List.of("x;touch$IFS'PWNED';", "$(touch PWNED)", "`touch PWNED`",
            "a'b\nc;touch PWNED", "...", "a/b?c#d", "ünï ‮code");

    private static List<String> curlWords(Path dir, String command) throws Exception {
        Process sh = new ProcessBuilder("/bin/sh", "-c",
                "curl() { for w in \"$@\"; do printf '%s\\0' \"$w\"; done; }; " + command)
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(sh.waitFor(20, TimeUnit.SECONDS));
        return List.of(out.substring(0, Math.max(0, out.length() - 1)).split("\0", -1));
    }

    @Test
    void hostileIdsNamesAndValuesRunNothingAndArriveWhole(@TempDir Path dir) throws Exception {
        AcmClient client = new AcmClient(HttpUrl.get("http://127.0.0.1:9/api/"), Secret.of("tok';touch PWNED;'"), new HttpTransport());
        for (String hostile : HOSTILE) {
            LaunchRequest request = new LaunchRequest("c-" + hostile, "admin$(touch PWNED)", Secret.of("p'w;touch PWNED"),
                    "", "n2d-standard-2", 1, 1, 1, 10, true, 8443, 9440, "", new LaunchRequest.ZookeeperOptions("", "single"), "dev");
            String command = LaunchPreview.curl(client, hostile, request, true).reveal();
            List<String> words = curlWords(dir, command);
            assertEquals(9, words.size(), command);
            assertEquals("X-Auth-Token: tok';touch PWNED;'", words.get(3));
            assertEquals(client.launchJson(request), words.get(7));
            String url = words.get(8);
            // Wherever the launch path puts the id, it is there as one percent-encoded segment.
            String[] around = client.launchUrl("ENVIRONMENT").toString().split("ENVIRONMENT");
            assertTrue(url.startsWith(around[0]) && url.endsWith(around[1]), url);
            String id = url.substring(around[0].length(), url.length() - around[1].length());
            assertTrue(id.matches("[A-Za-z0-9_~%-]+"), "the id is one percent-encoded segment: " + id);
            assertEquals(hostile, java.net.URLDecoder.decode(id, StandardCharsets.UTF_8));
        }
        assertFalse(Files.exists(dir.resolve("PWNED")), "nothing in the command ran");
        // ".." would climb out of its place even percent-encoded (URL resolution treats %2E%2E as ..): refused.
        LaunchRequest any = new LaunchRequest("c", "admin", Secret.of("pw"), "", "t", 1, 1, 1, 10, true, 8443, 9440, "",
                new LaunchRequest.ZookeeperOptions("", "single"), "dev");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> LaunchPreview.curl(client, "..", any, false));
    }
}
