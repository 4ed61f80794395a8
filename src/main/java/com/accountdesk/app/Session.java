package com.accountdesk.app;

import com.accountdesk.api.acm.AcmClient;

/**
 * A signed-in account: the client to call it with and who it is.
 *
 * @param sandbox true when the endpoint is the embedded sandbox, so the UI can say so
 */
public record Session(AcmClient acm, String displayName, String email, boolean sandbox) {
}
