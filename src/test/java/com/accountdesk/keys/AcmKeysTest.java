package com.accountdesk.keys;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.AccountInfo;
import com.accountdesk.model.ApiKey;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.StateData;
import com.accountdesk.ui.common.ErrorMessages;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read-before-write key changes, over real HTTP against the sandbox, with a second client acting "elsewhere". */
class AcmKeysTest {
    private static final String OWN = "own-key-0123456789abcdef";
    private SandboxServer sandbox;
    private AcmClient client;
    private AcmKeys keys;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey(OWN));
        HttpUrl base = Endpoints.parseBase(sandbox.acmBaseUrl());
        client = new AcmClient(base, Secret.of(OWN), new HttpTransport());
        keys = new AcmKeys(client);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private List<String> serverTokens() {
        return sandbox.state().read(d -> d.acm.tokens.stream().map(t -> t.token).toList());
    }

    private String addElsewhere() {
        String token = "elsewhere-" + System.nanoTime();
        long now = Instant.now().getEpochSecond();
        sandbox.state().write(d -> d.acm.tokens.add(new StateData.AcmToken(token, now, now + 86_400)));
        return token;
    }

    @Test
    void anAccountAnswerWithoutTheKeyListIsNeverWrittenBack() throws Exception {
        addElsewhere();
        List<String> before = serverTokens();
        assertTrue(before.size() >= 2, "the account has keys the answer will not show");
        sandbox.dialect(SandboxOptions.Dialect.PUBLISHED.withHideKeyList(true));
        List<String> posts = new java.util.concurrent.CopyOnWriteArrayList<>();
        Runnable stop = com.accountdesk.sandbox.http.ExchangeTap.listen(x -> {
            if (x.method().equals("POST")) {
                posts.add(x.path());
            }
        });
        try {
            AccountInfo read = keys.read();
            assertTrue(!read.keysListed() && read.keys().isEmpty(), "no list means unknown, not none");
            Instant later = Instant.now().plus(Duration.ofDays(2));
            AcmKeys.Refused add = assertThrows(AcmKeys.Refused.class, () -> keys.add(later));
            assertEquals(AcmKeys.Refused.Why.KEYS_NOT_LISTED, add.why());
            assertEquals(ErrorMessages.KEYS_NOT_LISTED, ErrorMessages.describe(add));
            assertThrows(AcmKeys.Refused.class, () -> keys.redate(Secret.of(OWN), later));
            assertThrows(AcmKeys.Refused.class, () -> keys.delete(Secret.of(OWN)));
            // Nor can a caller below AcmKeys write a list made from such an answer.
            assertThrows(IllegalStateException.class, () -> client.saveKeys(read, List.of()));
            assertEquals(List.of(), posts, "nothing was written");
            assertEquals(before, serverTokens());
        } finally {
            stop.run();
        }
    }

    @Test
    void anEditKeepsAKeyAddedElsewhereAfterTheListWasShown() throws Exception {
        AccountInfo shown = keys.read();
        String elsewhere = addElsewhere();
        Instant later = Instant.now().plus(Duration.ofDays(9)).truncatedTo(ChronoUnit.SECONDS);
        AccountInfo after = keys.redate(Secret.of(OWN), later);
        assertTrue(serverTokens().containsAll(List.of(OWN, elsewhere)));
        assertEquals(shown.keys().size() + 1, after.keys().size(), "the answer is the server's state after");
        assertEquals(later.getEpochSecond(), (long) sandbox.state().<Long>read(d -> d.acm.tokens.stream()
                .filter(t -> t.token.equals(OWN)).findFirst().orElseThrow().expires));
    }

    @Test
    void addCountsTheKeysOnTheServerNotThoseShown() throws Exception {
        int before = serverTokens().size();
        while (serverTokens().size() < AccountInfo.MAX_API_KEYS) {
            addElsewhere();
        }
        AcmKeys.Refused refused = assertThrows(AcmKeys.Refused.class,
                () -> keys.add(Instant.now().plus(Duration.ofHours(24))));
        assertEquals(AcmKeys.Refused.Why.AT_LIMIT, refused.why());
        assertTrue(ErrorMessages.describe(refused).contains("Delete one"));
        assertEquals(AccountInfo.MAX_API_KEYS, serverTokens().size());
        assertTrue(before < AccountInfo.MAX_API_KEYS);
    }

    @Test
    void theServerRefusesAPastExpiryToo() {
        ApiException e = assertThrows(ApiException.class, () -> keys.redate(Secret.of(OWN), Instant.now().minusSeconds(3600)));
        assertEquals(ApiException.Kind.INVALID_INPUT, e.kind());
    }

    @Test
    void deletingTheOwnKeyAnswersWithTheWritesStateInsteadOfA401() throws Exception {
        AccountInfo after = keys.delete(Secret.of(OWN));
        assertTrue(after.keys().stream().map(ApiKey::token).noneMatch(Secret.of(OWN)::equals));
        assertTrue(!serverTokens().contains(OWN));
        assertEquals(ApiException.Kind.UNAUTHORIZED, assertThrows(ApiException.class, client::account).kind());
    }

    @Test
    void aKeyDeletedElsewhereCannotBeEdited() {
        String elsewhere = addElsewhere();
        sandbox.state().write(d -> d.acm.tokens.removeIf(t -> t.token.equals(elsewhere)));
        AcmKeys.Refused refused = assertThrows(AcmKeys.Refused.class, () -> keys.delete(Secret.of(elsewhere)));
        assertEquals(AcmKeys.Refused.Why.GONE, refused.why());
        assertTrue(ErrorMessages.describe(refused).contains("no longer on the account"));
    }
}
