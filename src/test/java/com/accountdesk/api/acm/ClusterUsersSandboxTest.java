package com.accountdesk.api.acm;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterUser;
import com.accountdesk.model.Secret;
import com.accountdesk.model.SignIn;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.state.Hashes;
import com.accountdesk.testing.SandboxClusters;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cluster's ClickHouse users through the published paths against the sandbox: list, add, remove
 * (by id or login), publish; and the refusals ACM sends in HTTP 200.
 */
class ClusterUsersSandboxTest {
    private static final String PASSWORD = "user-pass-0123456";
    private SandboxServer sandbox;
    private AcmClient client;
    private Cluster cluster;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory());
        HttpTransport http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, Duration.ofMillis(10)));
        HttpUrl base = Endpoints.parseBase(sandbox.acmBaseUrl());
        client = new AcmClient(base, ((SignIn) AcmClient.login(base, DemoAccount.LOGIN, Secret.of(DemoAccount.PASSWORD), http)).token(), http);
        cluster = SandboxClusters.launchSmall(client, "users-test");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private boolean unpublished() {
        return sandbox.state().read(d -> d.clusters.get(0).unpublished);
    }

    @Test
    void aNewClusterHasItsAdminUser() throws Exception {
        List<ClusterUser> users = client.clusterUsers(cluster.id());
        assertEquals(1, users.size());
        assertEquals("admin", users.get(0).login());
        assertFalse(unpublished());
    }

    @Test
    void addPublishRemovePublish() throws Exception {
        ClusterUser added = client.addClusterUser(cluster.id(), "reporting", Secret.of(PASSWORD), List.of("sales", "web"), false);
        assertEquals(new ClusterUser(added.id(), "reporting", List.of("sales", "web"), false), added);
        assertFalse(added.id().isEmpty());
        assertEquals(Hashes.sha256(PASSWORD), sandbox.state().read(d -> d.clusters.get(0).users.get(1).passwordHash),
                "kept only as its hash");
        assertTrue(unpublished(), "not on the nodes until published");
        client.publish(cluster.id());
        assertFalse(unpublished());

        client.removeClusterUser(cluster.id(), added);
        assertEquals(List.of("admin"), client.clusterUsers(cluster.id()).stream().map(ClusterUser::login).toList());
        assertTrue(unpublished());
        client.publish(cluster.id());
        assertFalse(unpublished());
    }

    @Test
    void aUserWithoutAnIdIsRemovedByItsLogin() throws Exception {
        client.addClusterUser(cluster.id(), "etl", Secret.of(PASSWORD), List.of(), true);
        client.removeClusterUser(cluster.id(), new ClusterUser("", "etl", List.of(), true));
        assertEquals(1, client.clusterUsers(cluster.id()).size());
    }

    @Test
    void refusalsComeInA200AndChangeNothing() throws Exception {
        ApiException weak = assertThrows(ApiException.class,
                () -> client.addClusterUser(cluster.id(), "weak", Secret.of("short"), List.of(), false));
        assertEquals(ApiException.Kind.INVALID_INPUT, weak.kind());
        assertEquals("password", weak.field().orElse(null));

        client.addClusterUser(cluster.id(), "twice", Secret.of(PASSWORD), List.of(), false);
        ApiException taken = assertThrows(ApiException.class,
                () -> client.addClusterUser(cluster.id(), "twice", Secret.of(PASSWORD), List.of(), false));
        assertEquals(ApiException.Kind.CONFLICT, taken.kind());

        ClusterUser admin = client.clusterUsers(cluster.id()).get(0);
        ApiException protectedAdmin = assertThrows(ApiException.class, () -> client.removeClusterUser(cluster.id(), admin));
        assertEquals(ApiException.Kind.FORBIDDEN, protectedAdmin.kind());
        assertEquals(List.of("admin", "twice"), client.clusterUsers(cluster.id()).stream().map(ClusterUser::login).toList());

        ApiException badLogin = assertThrows(ApiException.class,
                () -> client.addClusterUser(cluster.id(), "1st user", Secret.of(PASSWORD), List.of(), false));
        assertEquals("login", badLogin.field().orElse(null));
    }

    @Test
    void aRoleWithoutTheUsersRightIsRefusedNamingIt() throws Exception {
        sandbox.state().write(d -> d.acm.roleId = "3");
        ApiException e = assertThrows(ApiException.class,
                () -> client.addClusterUser(cluster.id(), "nope", Secret.of(PASSWORD), List.of(), false));
        assertEquals("cluster.users", e.missingRight().orElse(null));
        assertEquals(1, client.clusterUsers(cluster.id()).size(), "listing needs no right beyond signing in");
    }
}
