package com.accountdesk.sandbox.http;

/** Ends a sandbox request with an HTTP error; the body is in the API module's own error format. */
public final class SandboxError extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient Object body;

    public SandboxError(int status, Object body) {
        super("HTTP " + status, null, false, false);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public Object body() {
        return body;
    }
}
