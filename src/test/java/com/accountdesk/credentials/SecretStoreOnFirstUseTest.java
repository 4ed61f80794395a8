package com.accountdesk.credentials;

import com.accountdesk.model.Secret;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SecretStoreOnFirstUseTest {
    @Test
    void choosesTheStoreAtTheFirstUseAndOnlyOnce() throws Exception {
        AtomicInteger opened = new AtomicInteger();
        InMemorySecretStore memory = new InMemorySecretStore();
        SecretStoreOnFirstUse store = new SecretStoreOnFirstUse(() -> {
            opened.incrementAndGet();
            return memory;
        });
        assertEquals(0, opened.get(), "chosen before it was used");

        store.save("profile/1/secret", Secret.of("s3cret"));
        assertEquals("s3cret", store.load("profile/1/secret").orElseThrow().reveal());
        store.delete("profile/1/secret");

        assertEquals(1, opened.get());
        assertSame(memory, store.store());
        assertEquals(memory.load("profile/1/secret"), store.load("profile/1/secret"));
    }
}
