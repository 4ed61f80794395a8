package com.accountdesk.api;

import java.util.Optional;

/**
 * A failed API call, sorted into the kinds a user can act on. The message never holds a request
 * body, a header or a credential: only the kind, the status and the server's own error text.
 */
public class ApiException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, in terms of what the user can do about it. */
    public enum Kind {
        /** 401: the key or session is unknown, expired or missing: sign in again. */
        UNAUTHORIZED,
        /** 403: not allowed, e.g. the caller's address is not in Allow Domains. */
        FORBIDDEN,
        /** 404. */
        NOT_FOUND,
        /** 400/422: the server refused the input; {@link #serverMessage()} says why. */
        INVALID_INPUT,
        /** 409: the state changed or the name is taken. */
        CONFLICT,
        /** The service is busy with another operation on the same thing ("another operation is in progress"): wait. */
        BUSY,
        /** 429. */
        RATE_LIMITED,
        /** 5xx. */
        SERVER_ERROR,
        /** No connection could be made: offline, DNS, refused. */
        NETWORK,
        /** The server did not answer in time. */
        TIMEOUT,
        /** The answer could not be understood (not JSON, wrong shape, too large). */
        BAD_RESPONSE,
        /** The endpoint is refused before any call: e.g. plain HTTP to a remote host. */
        INSECURE_ENDPOINT
    }

    private final Kind kind;
    private final int status;
    private final String serverMessage;
    private final String field;
    /** Not final only so {@link #withMissingRight} can set it once, right after construction. */
    private String missingRight;

    public ApiException(Kind kind, int status, String serverMessage, String field, Throwable cause) {
        super(describe(kind, status, serverMessage), cause);
        this.kind = kind;
        this.status = status;
        this.serverMessage = serverMessage;
        this.field = field;
    }

    public ApiException(Kind kind, String serverMessage) {
        this(kind, 0, serverMessage, null, null);
    }

    public ApiException(Kind kind, String serverMessage, Throwable cause) {
        this(kind, 0, serverMessage, null, cause);
    }

    private static String describe(Kind kind, int status, String serverMessage) {
        StringBuilder s = new StringBuilder(kind.name());
        if (status > 0) {
            s.append(" (HTTP ").append(status).append(')');
        }
        if (serverMessage != null && !serverMessage.isBlank()) {
            s.append(": ").append(serverMessage);
        }
        return s.toString();
    }

    public Kind kind() {
        return kind;
    }

    /** HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** The server's own error text, or null. */
    public String serverMessage() {
        return serverMessage;
    }

    /** This exception, naming the access right the server said was missing (null or blank: none). */
    public ApiException withMissingRight(String right) {
        this.missingRight = right == null || right.isBlank() ? null : right;
        return this;
    }

    /** The access right a 403 named as missing, when the answer named one. */
    public Optional<String> missingRight() {
        return Optional.ofNullable(missingRight);
    }

    /** The request field the server named as wrong, when it named one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
