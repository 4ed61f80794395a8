package com.accountdesk.api.acm;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.model.LoginAnswer;
import com.accountdesk.model.Secret;
import com.accountdesk.model.SignIn;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in as real accounts need it: a second factor through /login/verify, and SSO accounts refused with the reason. */
class TwoFactorSignInTest {
    private SandboxServer sandbox;
    private HttpTransport http;
    private HttpUrl base;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory());
        http = new HttpTransport();
        base = Endpoints.parseBase(sandbox.acmBaseUrl());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aPasswordOfATwoFactorUserAsksForTheCodeWhichThenGivesASession() throws Exception {
        LoginAnswer answer = AcmClient.login(base, DemoAccount.TWO_FACTOR_LOGIN, Secret.of(DemoAccount.PASSWORD), http);
        LoginAnswer.SecondFactorNeeded pending = assertInstanceOf(LoginAnswer.SecondFactorNeeded.class, answer);
        assertEquals(DemoAccount.TWO_FACTOR_USER_ID, pending.user());

        ApiException wrong = assertThrows(ApiException.class, () -> AcmClient.verify(base, pending, "000000", http));
        assertEquals(ApiException.Kind.UNAUTHORIZED, wrong.kind());

        SignIn signIn = AcmClient.verify(base, pending, " " + DemoAccount.TWO_FACTOR_CODE + " ", http);
        assertEquals(DemoAccount.TWO_FACTOR_LOGIN, signIn.email());
        assertTrue(new AcmClient(base, signIn.token(), http).environments().size() >= 2, "the session works");
    }

    @Test
    void aCodeWithoutThePasswordFirstIsRefused() {
        var forged = new LoginAnswer.SecondFactorNeeded(DemoAccount.TWO_FACTOR_USER_ID, null, null);
        assertEquals(ApiException.Kind.UNAUTHORIZED, assertThrows(ApiException.class,
                () -> AcmClient.verify(base, forged, DemoAccount.TWO_FACTOR_CODE, http)).kind());
    }

    @Test
    void aPasswordOfAnSsoUserIsRefusedWithTheServersReason() {
        ApiException e = assertThrows(ApiException.class,
                () -> AcmClient.login(base, DemoAccount.SSO_LOGIN, Secret.of(DemoAccount.PASSWORD), http));
        assertEquals(ApiException.Kind.FORBIDDEN, e.kind());
        assertTrue(e.serverMessage().contains("single sign-on"), e.serverMessage());
    }
}
