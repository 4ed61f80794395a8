package com.accountdesk.ui.account;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.AccountDetails;
import com.accountdesk.model.AccountRole;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.testing.SignedInSandbox;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.ErrorMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Access Rights against the sandbox, on the calling thread; and a 403 that names the right missing. */
class AccessRightsViewModelTest {
    private SignedInSandbox signedIn;
    private SandboxServer sandbox;
    private AcmClient client;
    private AccessRightsViewModel vm;

    @BeforeEach
    void start() throws Exception {
        signedIn = SignedInSandbox.start();
        sandbox = signedIn.server();
        client = signedIn.client();
        vm = new AccessRightsViewModel(client, Background.callingThread());
    }

    @AfterEach
    void stop() {
        signedIn.close();
    }

    private AccessRightsViewModel.Row row(String name) {
        return vm.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyRightIsListedWithWhetherTheRoleHasIt() {
        sandbox.state().write(d -> d.acm.roleId = "3");
        vm.load();
        assertEquals("Role: Read only", vm.roleProperty().get());
        assertEquals(7, vm.rows().size());
        assertEquals(new AccessRightsViewModel.Row("Clusters", "Launch clusters", "cluster.launch", false), row("cluster.launch"));
        assertTrue(row("environment.view").allowed());
        assertEquals("", vm.messageProperty().get());
        assertEquals("", vm.errorProperty().get());
    }

    @Test
    void aRoleNamedOnlyByItsIdTakesItsRightsFromTheRoleList() {
        AccountDetails bare = new AccountDetails("1", "a@b", "A", "2", null, Set.of(), null, null);
        List<AccountRole> roles = List.of(new AccountRole("1", "All", Set.of("x", "y")), new AccountRole("2", "Some", Set.of("y")));
        assertEquals(Set.of("y"), AccessRightsViewModel.grantedBy(bare, roles));
        assertNull(AccessRightsViewModel.grantedBy(bare, null), "unknown, not none");
        assertNull(AccessRightsViewModel.grantedBy(new AccountDetails("1", "", "", "9", null, Set.of(), null, null), roles));
    }

    @Test
    void a403NamesTheRightThatWasMissing() {
        sandbox.state().write(d -> d.acm.roleId = "3");
        ApiException e = assertThrows(ApiException.class, () -> client.terminateCluster("1000", true));
        String said = ErrorMessages.describe(e);
        assertTrue(said.startsWith("Your role does not allow this (HTTP 403): it lacks the access right \u201ccluster.terminate\u201d."), said);
    }
}
