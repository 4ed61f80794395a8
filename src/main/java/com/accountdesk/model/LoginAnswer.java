package com.accountdesk.model;

/**
 * What a sign-in with user and password answered: a session ({@link SignIn}), or a request for the
 * second factor when the user's organisation enforces two-factor sign-in.
 */
public sealed interface LoginAnswer permits SignIn, LoginAnswer.SecondFactorNeeded {

    /**
     * The password was right; a verification code must follow.
     *
     * @param user the user id the server gave, to send back with the code
     */
    record SecondFactorNeeded(String user, String name, String email) implements LoginAnswer {
        @Override
        public String toString() {
            return "SecondFactorNeeded[user=" + user + "]";
        }
    }
}
