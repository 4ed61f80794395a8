package com.accountdesk.api.acm;

import com.accountdesk.api.ApiException;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterUser;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.Hashes;
import com.accountdesk.testing.SignedInSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cluster's ClickHouse users through the published paths against the sandbox: list, add, change
 * (password, databases), remove (by id or login), publish; and the refusals ACM sends in HTTP 200.
 */
class ClusterUsersSandboxTest {
    private static final String PASSWORD = "user-pass-0123456";
    private static final String NEW_PASSWORD = "another-pass-98765";
    private SignedInSandbox signedIn;
    private SandboxServer sandbox;
    private AcmClient client;
    private Cluster cluster;

    @BeforeEach
    void start() throws Exception {
        signedIn = SignedInSandbox.start();
        sandbox = signedIn.server();
        client = signedIn.client();
        cluster = signedIn.launchSmall("users-test");
    }

    @AfterEach
    void stop() {
        signedIn.close();
    }

    private String hashOf(String login) {
        return sandbox.state().read(d -> d.clusters.get(0).users.stream().filter(u -> u.login.equals(login))
                .findFirst().orElseThrow().passwordHash);
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
    void aUsersPasswordAndDatabasesAreChangedThenPublished() throws Exception {
        ClusterUser added = client.addClusterUser(cluster.id(), "reporting", Secret.of(PASSWORD), List.of("sales"), false);
        client.publish(cluster.id());
        ClusterUser changed = client.changeClusterUser(cluster.id(), added, Secret.of(NEW_PASSWORD), List.of("sales", "web"));
        assertEquals(new ClusterUser(added.id(), "reporting", List.of("sales", "web"), false), changed);
        assertEquals(Hashes.sha256(NEW_PASSWORD), hashOf("reporting"));
        assertTrue(unpublished(), "not on the nodes until published");

        client.changeClusterUser(cluster.id(), changed, null, List.of());
        assertEquals(Hashes.sha256(NEW_PASSWORD), hashOf("reporting"), "no password sent: the old one stays");
        assertEquals(List.of(), client.clusterUsers(cluster.id()).get(1).databases(), "all databases");
        client.publish(cluster.id());
        assertFalse(unpublished());
    }

    @Test
    void aUserWithoutAnIdIsChangedByItsLogin() throws Exception {
        client.addClusterUser(cluster.id(), "etl", Secret.of(PASSWORD), List.of(), true);
        client.changeClusterUser(cluster.id(), new ClusterUser("", "etl", List.of(), true), Secret.of(NEW_PASSWORD), List.of("raw"));
        assertEquals(Hashes.sha256(NEW_PASSWORD), hashOf("etl"));
        ClusterUser etl = client.clusterUsers(cluster.id()).get(1);
        assertTrue(etl.accessManagement(), "kept: sent as 1");
        assertEquals(List.of("raw"), etl.databases());
    }

    @Test
    void aChangeIsRefusedForAWeakPasswordAnUnknownUserAndTheAdmin() throws Exception {
        ClusterUser added = client.addClusterUser(cluster.id(), "reporting", Secret.of(PASSWORD), List.of(), false);
        client.publish(cluster.id());
        ApiException weak = assertThrows(ApiException.class,
                () -> client.changeClusterUser(cluster.id(), added, Secret.of("short"), List.of()));
        assertEquals(ApiException.Kind.INVALID_INPUT, weak.kind(), "in a 200, as ACM refuses");
        assertEquals("password", weak.field().orElse(null));
        assertEquals(Hashes.sha256(PASSWORD), hashOf("reporting"), "nothing changed");

        ApiException unknown = assertThrows(ApiException.class, () -> client.changeClusterUser(cluster.id(),
                new ClusterUser("999", "ghost", List.of(), false), Secret.of(NEW_PASSWORD), List.of()));
        assertEquals(ApiException.Kind.NOT_FOUND, unknown.kind());

        ClusterUser admin = client.clusterUsers(cluster.id()).get(0);
        String adminHash = hashOf("admin");
        ApiException protectedAdmin = assertThrows(ApiException.class,
                () -> client.changeClusterUser(cluster.id(), admin, Secret.of(NEW_PASSWORD), List.of()));
        assertEquals(ApiException.Kind.FORBIDDEN, protectedAdmin.kind());
        assertEquals(adminHash, hashOf("admin"));
        assertFalse(unpublished(), "no refusal left anything to publish");
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
        ClusterUser admin = client.clusterUsers(cluster.id()).get(0);
        ApiException change = assertThrows(ApiException.class,
                () -> client.changeClusterUser(cluster.id(), admin, Secret.of(NEW_PASSWORD), List.of()));
        assertEquals("cluster.users", change.missingRight().orElse(null));
        assertEquals(1, client.clusterUsers(cluster.id()).size(), "listing needs no right beyond signing in");
    }
}
