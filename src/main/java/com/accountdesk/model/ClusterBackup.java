package com.accountdesk.model;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A backup of a cluster, as {@code GET /cluster/{id}/backups} lists it. 26.1.59 does not describe the
 * answer, so each part may be missing (null).
 *
 * @param tag       its tag (or name), the word a restore names it by ({@code POST /cluster/{id}/restore}'s
 *                  {@code tag}); null when the answer gives none
 * @param sizeBytes its size, when given
 * @param status    the server's word for it (e.g. "completed"), when given
 */
public record ClusterBackup(String id, String tag, Instant time, Long sizeBytes, String status) {
    /** Words of a backup that is not (or not yet) whole. */
    private static final Pattern UNFINISHED = Pattern.compile("progress|running|pending|creating|fail|error|broken");

    /** What a restore names this backup by: its tag, else its id; null when it has neither. */
    public String restoreTag() {
        return tag != null && !tag.isBlank() ? tag : id != null && !id.isBlank() ? id : null;
    }

    /**
     * Whether a restore from it may be asked for: it can be named, and its status (where given) does
     * not say it is unfinished or failed. The server decides in the end.
     */
    public boolean restorable() {
        return restoreTag() != null && (status == null || !UNFINISHED.matcher(status.toLowerCase(Locale.ROOT)).find());
    }
}
