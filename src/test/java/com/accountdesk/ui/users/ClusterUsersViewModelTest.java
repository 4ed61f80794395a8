package com.accountdesk.ui.users;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterUser;
import com.accountdesk.model.Secret;
import com.accountdesk.model.SignIn;
import com.accountdesk.model.StrongPassword;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.state.Hashes;
import com.accountdesk.testing.LogCapture;
import com.accountdesk.testing.SandboxClusters;
import com.accountdesk.testing.ScriptedDialogs;
import com.accountdesk.ui.common.Background;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Users… dialog's view-model against the sandbox, on the calling thread. */
class ClusterUsersViewModelTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Secret> copied = new ArrayList<>();
    private SandboxServer sandbox;
    private Cluster cluster;
    private ClusterUsersViewModel vm;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory());
        HttpTransport http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, Duration.ofMillis(10)));
        HttpUrl base = Endpoints.parseBase(sandbox.acmBaseUrl());
        AcmClient client = new AcmClient(base, ((SignIn) AcmClient.login(base, DemoAccount.LOGIN,
                Secret.of(DemoAccount.PASSWORD), http)).token(), http);
        cluster = SandboxClusters.launchSmall(client, "users-vm");
        vm = new ClusterUsersViewModel(client, cluster.id(), cluster.name(), "admin", Background.callingThread(), dialogs,
                copied::add, new SecureRandom());
        vm.load();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private boolean serverUnpublished() {
        return sandbox.state().read(d -> d.clusters.get(0).unpublished);
    }

    @Test
    void addShowsTheGeneratedPasswordOnceAndNeverLogsIt() throws Exception {
        vm.loginProperty().set("reporting");
        vm.databasesProperty().set("sales, web");
        Secret shown;
        try (LogCapture logs = new LogCapture()) {
            vm.add();
            shown = vm.shownPasswordProperty().get();
            assertFalse(logs.text().contains(shown.reveal()), "the generated password is never logged");
        }
        assertEquals(StrongPassword.LENGTH, shown.reveal().length());
        assertEquals(Hashes.sha256(shown.reveal()), sandbox.state().read(d -> d.clusters.get(0).users.get(1).passwordHash));
        assertEquals(List.of("admin", "reporting"), vm.users().stream().map(ClusterUser::login).toList());
        assertEquals(List.of("sales", "web"), vm.users().get(1).databases());
        assertTrue(vm.unpublishedProperty().get(), "changes not yet published");
        vm.copyPassword();
        assertEquals(List.of(shown), copied, "copied as a secret");
        vm.forgetPassword();
        assertNull(vm.shownPasswordProperty().get());
        assertEquals("", vm.loginProperty().get());
    }

    @Test
    void publishIsOnlyWhatTheUserPresses() {
        vm.loginProperty().set("etl");
        vm.add();
        assertTrue(serverUnpublished(), "adding did not publish");
        vm.publish();
        assertFalse(serverUnpublished());
        assertFalse(vm.unpublishedProperty().get());
    }

    @Test
    void removeAsksFirstAndTheAdminIsProtected() {
        vm.loginProperty().set("temp");
        vm.add();
        vm.publish();
        ClusterUser temp = vm.users().get(1);
        dialogs.answer(false);
        vm.remove(temp);
        assertEquals(2, vm.users().size(), "cancelled: nothing sent");
        assertTrue(dialogs.lastQuestion().header().contains("temp"));
        dialogs.answer(true);
        vm.remove(temp);
        assertEquals(1, vm.users().size());
        assertTrue(vm.unpublishedProperty().get());

        ClusterUser admin = vm.users().get(0);
        assertTrue(vm.isAdmin(admin));
        int asked = dialogs.asked.size();
        vm.remove(admin);
        assertEquals(asked, dialogs.asked.size(), "not even asked");
        assertEquals(1, vm.users().size());
    }

    @Test
    void aTakenOrBadLoginIsRefusedBeforeSending() {
        vm.loginProperty().set("admin");
        assertFalse(vm.canAddBinding().get());
        assertEquals("This cluster already has a user named admin.", vm.loginProblem("admin"));
        vm.loginProperty().set("2fast");
        assertFalse(vm.canAddBinding().get());
        vm.add();
        assertEquals(1, vm.users().size());
    }
}
