package com.accountdesk.model;

/**
 * The pre-flight answer of {@code GET /environment/{id}/cluster-launch-validity} (shape undocumented):
 * a launch may go ahead, is refused with the server's reason, or could not be checked.
 */
public record LaunchValidity(Verdict verdict, String reason) {
    public enum Verdict { VALID, REFUSED, UNKNOWN }

    public static LaunchValidity valid() {
        return new LaunchValidity(Verdict.VALID, "");
    }

    public static LaunchValidity refused(String reason) {
        return new LaunchValidity(Verdict.REFUSED, reason == null || reason.isBlank()
                ? "The environment does not allow a new cluster now." : reason);
    }

    public static LaunchValidity unknown(String why) {
        return new LaunchValidity(Verdict.UNKNOWN, why == null ? "" : why);
    }
}
