package com.accountdesk.model;

import java.time.Instant;
import java.util.Set;

/**
 * Who the signed-in ACM user is, as {@code GET /account} says (My Account → Common Information).
 * Each part the answer leaves out is null (sets: empty).
 *
 * @param roleRights the rights the user's role grants, as named in the answer
 * @param darkTheme  the web console's theme preference, where the account carries one
 */
public record AccountDetails(String id, String email, String name, String roleId, String roleName,
                             Set<String> roleRights, Instant lastLogin, Boolean darkTheme) {
    public AccountDetails {
        roleRights = Set.copyOf(roleRights);
    }

    /** The name to show for the account: its name, or its e-mail where it has none. */
    public String displayName() {
        return name != null && !name.isBlank() ? name : email;
    }
}
