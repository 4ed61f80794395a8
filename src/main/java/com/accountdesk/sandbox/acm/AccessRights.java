package com.accountdesk.sandbox.acm;

import com.accountdesk.sandbox.http.Reply;
import com.accountdesk.sandbox.http.SandboxError;
import com.accountdesk.sandbox.http.SandboxRequest;
import com.accountdesk.sandbox.state.SandboxState;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.accountdesk.sandbox.acm.AcmApi.errorBody;
import static com.accountdesk.sandbox.acm.AcmApi.ok;

/**
 * ACM's access rights and account roles: {@code GET /access-rights} (blocks of rights, each with a
 * title) and {@code GET /account-roles} (each role with the rights it grants). 26.1.59 types a right
 * only as "object"; the sandbox's {@code {"name", "title"}} is ours. A call the caller's role does
 * not allow is refused with 403, naming the right in {@code "right"} (ours, too).
 */
final class AccessRights {
    static final String LAUNCH = "cluster.launch";
    static final String MANAGE = "cluster.manage";
    static final String TERMINATE = "cluster.terminate";
    static final String USERS = "cluster.users";
    static final String BACKUPS = "cluster.backups";
    static final String ENVIRONMENTS = "environment.view";
    static final String KEYS = "account.keys";

    /** A right: its name and what the web console calls it. */
    record Right(String name, String title) {
    }

    /** A block of rights as the web console groups them. */
    record Block(String title, List<Right> rights) {
    }

    static final List<Block> BLOCKS = List.of(
            new Block("Environments", List.of(new Right(ENVIRONMENTS, "See environments and their clusters"))),
            new Block("Clusters", List.of(
                    new Right(LAUNCH, "Launch clusters"),
                    new Right(MANAGE, "Stop, resume, restart, rescale and upgrade clusters"),
                    new Right(TERMINATE, "Terminate clusters"),
                    new Right(USERS, "Manage a cluster's ClickHouse users"),
                    new Right(BACKUPS, "Back up and restore clusters"))),
            new Block("Account", List.of(new Right(KEYS, "Manage API keys and Allow Domains"))));

    /** An account role and the rights it grants. */
    record Role(String id, String name, List<String> rights) {
    }

    static final List<Role> ROLES = List.of(
            new Role("1", "Account admin", List.of(ENVIRONMENTS, LAUNCH, MANAGE, TERMINATE, USERS, BACKUPS, KEYS)),
            new Role("2", "Cluster operator", List.of(ENVIRONMENTS, MANAGE, USERS, BACKUPS, KEYS)),
            new Role("3", "Read only", List.of(ENVIRONMENTS, KEYS)));

    private final SandboxState state;

    AccessRights(SandboxState state) {
        this.state = state;
    }

    static Role role(String id) {
        return ROLES.stream().filter(r -> r.id().equals(id)).findFirst().orElse(ROLES.get(0));
    }

    /** A role as {@code UserRole} {id, name, rights: [{name}]}, the id an integer as published (no source shows it otherwise). */
    static Map<String, Object> roleView(Role r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Integer.parseInt(r.id()));
        m.put("name", r.name());
        m.put("rights", r.rights().stream().map(name -> Map.of("name", name)).toList());
        return m;
    }

    Reply blocks(SandboxRequest request) {
        return ok(BLOCKS.stream().map(b -> Map.of("title", b.title(), "rights",
                b.rights().stream().map(r -> Map.of("name", r.name(), "title", r.title())).toList())).toList());
    }

    Reply roles(SandboxRequest request) {
        return ok(ROLES.stream().map(AccessRights::roleView).toList());
    }

    /** Refuses the call with 403 naming {@code right} when the account's role does not grant it. */
    void require(String right) throws SandboxError {
        Role role = role(state.read(d -> d.acm.roleId));
        if (!role.rights().contains(right)) {
            Map<String, Object> body = errorBody("Access denied: your role (" + role.name() + ") lacks the right "
                    + right + ".", 403, null);
            body.put("right", right);
            throw new SandboxError(403, body);
        }
    }
}
