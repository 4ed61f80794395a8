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

    /** One line for the Clusters table, e.g. "Stop 40% · health 2/3". */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (!idle()) {
            s.append(action.trim());
            if (percent != null) {
                s.append(' ').append(Math.max(0, Math.min(100, percent))).append('%');
            }
        }
        if (healthTotal != null && healthTotal > 0) {
            if (s.length() > 0) {
                s.append(" · ");
            }
            s.append("health ").append(healthPassed == null ? "?" : healthPassed).append('/').append(healthTotal);
        }
        return s.toString();
    }
}
