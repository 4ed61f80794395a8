package com.accountdesk.model;

/**
 * A node type an environment offers ({@code GET /environment/{environment}/nodetypes}); {@link #code}
 * is what a launch sends as {@code nodeType}.
 *
 * @param cpu    virtual CPUs; 0 when not reported
 * @param memory memory as reported (MiB where the number is large, else GiB); 0 when not reported
 */
public record NodeType(String code, String name, double cpu, int memory, String storageClass) {

    /** "n2d-standard-4 · 4 CPU · 16 GiB" */
    public String describe() {
        StringBuilder s = new StringBuilder(name == null || name.isBlank() ? code : name);
        if (name != null && !name.isBlank() && !name.contains(code)) {
            s.append(" (").append(code).append(')');
        }
        if (cpu > 0) {
            s.append(" · ").append(cpu == Math.rint(cpu) ? String.valueOf((long) cpu) : String.valueOf(cpu)).append(" CPU");
        }
        if (memory > 0) {
            s.append(" · ").append(memory >= 512 ? Math.round(memory / 1024.0) : memory).append(" GiB");
        }
        return s.toString();
    }
}
