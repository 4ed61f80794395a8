package com.accountdesk.model;

import java.util.Set;

/** An ACM account role, as {@code GET /account-roles} lists it: the rights it grants, by name. */
public record AccountRole(String id, String name, Set<String> rights) {
    public AccountRole {
        rights = Set.copyOf(rights);
    }
}
