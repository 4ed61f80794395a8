package com.accountdesk.api;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.model.Environment;
import com.accountdesk.model.Secret;
import com.accountdesk.testing.FixedServer;
import com.accountdesk.testing.FixedServer.Answer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names and messages from a server are neutralised before they are shown; endpoints with a password in them are refused. */
class UntrustedTextTest {
    private static final Secret KEY = Secret.of("key-abcdefghijklmnop");

    private static boolean hasControlOrBidi(String s) {
        return s.codePoints().anyMatch(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT);
    }

    @Test
    void bidiOverridesAndControlCharactersInNamesAreNeutralised() throws Exception {
        String hostile = "prod\u202Etxt.exe\u2066\u0007\n\u001B[31mred\u200B";
        String json = "{\"data\":[{\"id\":\"7\",\"name\":\"" + hostile.replace("\n", "\\n").replace("\u0007", "\\u0007").replace("\u001B", "\\u001b")
                + "\",\"type\":\"kube\u202E\"}]}";
        try (FixedServer server = FixedServer.byRequest((n, seen) -> seen.path().endsWith("environments") ? Answer.json(200, json)
                : seen.path().endsWith("me/") ? Answer.json(200, "{\"uid\":\"u\",\"username\":\"ann\u202E\",\"name\":\"Ann\u2067x\",\"email\":\"a@x\u200F\"}")
                : Answer.json(500, "{\"error\":\"broken\u202E\\nline\",\"message\":\"broken\u202E\\nline\"}"))) {
            List<Environment> envs = new AcmClient(Endpoints.parseBase(server.baseUrl()), KEY, new HttpTransport()).environments();
            assertEquals("7", envs.get(0).id(), "ids stay exact: they go back to the server");
            assertFalse(hasControlOrBidi(envs.get(0).name()), envs.get(0).name());
            assertTrue(envs.get(0).name().startsWith("prodtxt.exe"), envs.get(0).name());
            assertFalse(hasControlOrBidi(envs.get(0).type()));

            CrateCloudClient crate = new CrateCloudClient(Endpoints.parseBase(server.baseUrl()), "k", Secret.of("s-0123456789"), "",
                    new HttpTransport());
            var me = crate.me();
            assertFalse(hasControlOrBidi(me.displayName() + me.email()), me.displayName() + me.email());
            ApiException e = assertThrows(ApiException.class, crate::keys);
            assertFalse(hasControlOrBidi(e.serverMessage()), e.serverMessage());
        }
    }

    @Test
    void anEndpointWithAUserOrPasswordIsRefusedWithoutQuotingIt() {
        for (String typed : new String[] {"https://ann:hunter2-secret@acm.altinity.cloud/api", "https://ann@acm.altinity.cloud/api",
                "http://ann:hunter2-secret@127.0.0.1:8080/api", "https://ann:hunter2 secret@[bad"}) {
            ApiException e = assertThrows(ApiException.class, () -> Endpoints.parseBase(typed), typed);
            assertEquals(ApiException.Kind.INVALID_INPUT, e.kind());
            assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        }
    }
}
