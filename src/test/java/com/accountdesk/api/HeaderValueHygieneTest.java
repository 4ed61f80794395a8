package com.accountdesk.api;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.model.Secret;
import com.accountdesk.testing.FixedServer;
import com.accountdesk.testing.FixedServer.Answer;
import com.accountdesk.testing.LogCapture;
import com.accountdesk.ui.common.ErrorMessages;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A key that cannot be a header value is refused with a sentence; no text that quotes it is logged or shown. */
class HeaderValueHygieneTest {
    private static final String KEY = "pasted\u00A0key-0123456789abcdef";

    @Test
    void aKeyThatCannotBeAHeaderValueIsATypedErrorThatNeverQuotesIt() throws Exception {
        try (LogCapture log = new LogCapture();
             FixedServer server = new FixedServer(n -> Answer.json(200, "{\"data\":[]}"))) {
            AcmClient client = new AcmClient(Endpoints.parseBase(server.baseUrl()), Secret.of(KEY), new HttpTransport());
            ApiException e = assertThrows(ApiException.class, client::environments);
            assertEquals(ApiException.Kind.INVALID_INPUT, e.kind());
            assertTrue(e.getMessage().contains("U+00A0"), e.getMessage());
            String shown = ErrorMessages.describe(e);
            for (String text : new String[] {e.getMessage(), shown, log.text()}) {
                assertFalse(text.contains("0123456789abcdef"), text);
            }
            assertTrue(server.seen().isEmpty(), "nothing was sent");
        }
    }

    @Test
    void aRegionThatCannotBeAHeaderValueIsATypedError() throws Exception {
        try (FixedServer server = new FixedServer(n -> Answer.json(200, "{}"))) {
            CrateCloudClient client = new CrateCloudClient(Endpoints.parseBase(server.baseUrl()), "k", Secret.of("s"),
                    "eu-west\u00E9", new HttpTransport());
            assertEquals(ApiException.Kind.INVALID_INPUT, assertThrows(ApiException.class, client::me).kind());
        }
    }

    @Test
    void anUnexpectedExceptionIsLoggedAndShownWithoutItsMessage() {
        try (LogCapture log = new LogCapture()) {
            String shown = ErrorMessages.describe(new IllegalArgumentException(
                    "Unexpected char 0xa0 at 6 in X-Auth-Token value: " + KEY, new IllegalStateException(KEY)));
            assertFalse(shown.contains("0123456789abcdef"), shown);
            assertFalse(log.text().contains("0123456789abcdef"), log.text());
            assertTrue(log.text().contains("IllegalArgumentException"), "the type and frames are kept for diagnosis");
        }
    }
}
