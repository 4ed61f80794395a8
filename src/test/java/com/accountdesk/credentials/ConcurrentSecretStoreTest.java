package com.accountdesk.credentials;

import com.accountdesk.model.Secret;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writers to one credential file in this process and in another: no save is lost, no delete undone. */
@Tag("process")
class ConcurrentSecretStoreTest {
    private static final int EACH = 60;

    @Test
    void savesFromAnotherProcessAndAnotherStoreAreAllKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(SecretStores.FILE_NAME);
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SecretStoreWriterMain.class.getName(), file.toString(), "proc-", "" + EACH)
                .inheritIO().start();
        FileSecretStore a = new FileSecretStore(file);
        FileSecretStore b = new FileSecretStore(file);
        Thread second = new Thread(() -> {
            try {
                for (int i = 0; i < EACH; i++) {
                    b.save("b-" + i, Secret.of("value-b-" + i));
                }
            } catch (CredentialStoreException e) {
                throw new AssertionError(e);
            }
        });
        second.start();
        for (int i = 0; i < EACH; i++) {
            a.save("a-" + i, Secret.of("value-a-" + i));
        }
        second.join();
        assertTrue(other.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, other.exitValue());

        FileSecretStore check = new FileSecretStore(file);
        List<String> lost = new ArrayList<>();
        for (String prefix : new String[] {"a-", "b-", "proc-"}) {
            for (int i = 0; i < EACH; i++) {
                if (check.load(prefix + i).isEmpty()) {
                    lost.add(prefix + i);
                }
            }
        }
        assertEquals(List.of(), lost, "saves lost to a concurrent writer");
    }

    @Test
    void aDeleteIsNotUndoneByAConcurrentSave(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(SecretStores.FILE_NAME);
        FileSecretStore a = new FileSecretStore(file);
        FileSecretStore b = new FileSecretStore(file);
        for (int i = 0; i < EACH; i++) {
            a.save("forget-" + i, Secret.of("value-" + i));
        }
        Thread saver = new Thread(() -> {
            try {
                for (int i = 0; i < EACH; i++) {
                    b.save("other-" + i, Secret.of("value-" + i));
                }
            } catch (CredentialStoreException e) {
                throw new AssertionError(e);
            }
        });
        saver.start();
        for (int i = 0; i < EACH; i++) {
            a.delete("forget-" + i);
        }
        saver.join();
        FileSecretStore check = new FileSecretStore(file);
        for (int i = 0; i < EACH; i++) {
            assertTrue(check.load("forget-" + i).isEmpty(), "forget-" + i + " came back");
            assertTrue(check.load("other-" + i).isPresent(), "other-" + i + " was lost");
        }
    }
}
