package com.accountdesk.api.cratedb;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.model.Secret;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Copy as croud / Copy as curl: croud's own argument names, the app's request, never the secret, server text quoted. */
@Tag("process")
class CrateCommandsTest {
    private static final String SECRET = "s3cret-never-copied";

    private static CrateCommands commands(String region) throws Exception {
        return new CrateCommands(new CrateCloudClient(Endpoints.parseBase("https://console.cratedb.cloud/"), "key1",
                Secret.of(SECRET), region, new HttpTransport(HttpTransport.Settings.defaults())));
    }

    @Test
    void eachChangeAsCroudsCommandLine() throws Exception {
        CrateCommands c = commands(null);
        assertEquals("croud clusters expand-storage --cluster-id abc --disk-size-gb 1024", c.expandStorage("abc", 1024).croud());
        assertEquals("croud clusters scale --cluster-id abc --unit 4", c.scale("abc", 4).croud());
        assertEquals("croud clusters set-suspended-state --cluster-id abc --value true", c.setSuspended("abc", true).croud());
        assertEquals("croud clusters set-suspended-state --cluster-id abc --value false", c.setSuspended("abc", false).croud());
        assertEquals("croud clusters upgrade --cluster-id abc --version 5.10.2", c.upgrade("abc", "5.10.2").croud());
        assertEquals("croud clusters scale --cluster-id abc --unit 1 --region eastus.azure",
                commands("eastus.azure").scale("abc", 1).croud());
    }

    @Test
    void eachChangeAsCurlWithTheKeyAndSecretLeftInTheShellsVariables() throws Exception {
        CrateCommands c = commands("eastus.azure");
        String curl = c.expandStorage("abc", 1024).curl();
        assertEquals("curl -u \"$CRATEDB_CLOUD_API_KEY:$CRATEDB_CLOUD_API_SECRET\" -X PUT -H 'Content-Type: application/json' "
                + "-H 'X-Region: eastus.azure' -d '{\"disk_size_per_node_bytes\":1099511627776}' "
                + "https://console.cratedb.cloud/api/v2/clusters/abc/storage/", curl);
        for (String line : List.of(curl, c.scale("abc", 2).curl(), c.setSuspended("abc", true).curl(), c.upgrade("abc", "5.10.2").curl())) {
            assertFalse(line.contains(SECRET) || line.contains("key1"), line);
        }
        assertTrue(c.upgrade("abc", "5.10.2").curl().contains("-d '{\"crate_version\":\"5.10.2\"}' "));
        assertTrue(c.setSuspended("abc", false).curl().contains("-d '{\"suspended\":false}' "));
    }

    /** A server's id or version is data: run by a real shell, each reaches the program as one word and nothing runs. */
    @Test
    void serverTextCannotRunAnything() throws Exception {
        String evil = "x'; touch /tmp/owned-$$ `id` $(id) \"\n";
        CrateCommands c = commands(null);
        String croud = c.upgrade(evil, evil).croud();
        List<String> words = shellWords(croud);
        assertEquals(List.of("croud", "clusters", "upgrade", "--cluster-id", evil, "--version", evil), words);
        List<String> curlWords = shellWords(c.upgrade("abc", evil).curl());
        assertTrue(curlWords.contains("{\"crate_version\":\"x'; touch /tmp/owned-$$ `id` $(id) \\\"\\n\"}"), curlWords.toString());
        assertTrue(curlWords.contains(":"), "the unset variables leave only the colon here: " + curlWords);
    }

    /** The words sh makes of {@code line}, printed one a line NUL-separated, with the variables unset. */
    private static List<String> shellWords(String line) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", "unset CRATEDB_CLOUD_API_KEY CRATEDB_CLOUD_API_SECRET; set -- " + line
                + "; printf '%s\\0' \"$@\"").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return List.of(out.substring(0, out.length() - 1).split("\0", -1));
    }
}
