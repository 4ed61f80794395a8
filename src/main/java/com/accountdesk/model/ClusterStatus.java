package com.accountdesk.model;

/**
 * What {@code GET /cluster/{cluster}/status} reports (shape reported by live clients:
 * {@code {action, actionProgress: {percent}, health: {total, passed}}}); any part may be missing.
 *
 * @param action       the operation under way ("Completed" when idle); null when not reported
 * @param percent      its progress, 0..100; null when not reported (and 100 may still be working)
 * @param healthPassed health checks passed; null when not reported
 * @param healthTotal  health checks in all; null when not reported
 */
public record ClusterStatus(String action, Integer percent, Integer healthPassed, Integer healthTotal) {
    public static final String COMPLETED = "Completed";
    public static final ClusterStatus UNKNOWN = new ClusterStatus(null, null, null, null);

    /** No operation under way: the action is "Completed" or not reported. */
    public boolean idle() {
        return action == null || action.isBlank() || COMPLETED.equalsIgnoreCase(action.trim());
    }
}
