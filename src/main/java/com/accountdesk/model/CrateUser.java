package com.accountdesk.model;

/** The CrateDB Cloud user an API key belongs to, as {@code GET /api/v2/users/me/} describes it. */
public record CrateUser(String uid, String username, String name, String email, String organizationId) {

    /** The name to show: the user's name, else the e-mail, else the user name. */
    public String displayName() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return email != null && !email.isBlank() ? email : (username == null ? "" : username);
    }
}
