package com.accountdesk.sandbox.http;

/** A sandbox answer: status and a body Jackson writes as JSON (null: no body). */
public record Reply(int status, Object body) {
    public static Reply ok(Object body) {
        return new Reply(200, body);
    }

    public static Reply noContent() {
        return new Reply(204, null);
    }
}
