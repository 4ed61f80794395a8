package com.accountdesk.model;

import java.time.Instant;

/** The answer to a sign-in with user and password: who it is and the session token to use. */
public record SignIn(String name, String email, Secret token, Instant tokenExpiry) implements LoginAnswer {
}
