package com.accountdesk.model;

import java.time.Instant;

/**
 * A backup of a cluster, as {@code GET /cluster/{id}/backups} lists it. 26.1.59 does not describe the
 * answer, so each part may be missing (null).
 *
 * @param sizeBytes its size, when given
 * @param status    the server's word for it (e.g. "completed"), when given
 */
public record ClusterBackup(String id, Instant time, Long sizeBytes, String status) {
}
