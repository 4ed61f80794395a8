package com.accountdesk.model;

import java.util.Locale;

/**
 * A ClickHouse version an environment offers ({@code GET /cloud/{environment}/options?type=versions},
 * shape reported by live clients: {@code {code, name, repo}}, EOL marked by an "[EOL]" prefix on the
 * name). {@link #code} is what a launch sends as {@code version}.
 *
 * @param stream the build line the version belongs to, for grouping
 * @param eol    true when the server marks it end of life
 */
public record ClickHouseVersion(String code, String name, Stream stream, boolean eol) {

    /** Build lines, in the order the wizard groups them. */
    public enum Stream { ALTINITY_STABLE, ALTINITY_ANTALYA, UPSTREAM }

    public ClickHouseVersion {
        name = name == null || name.isBlank() ? code : name;
    }

    /** The stream a version belongs to: Antalya by its name or code, Altinity by its repository, code or name, else upstream. */
    public static Stream streamOf(String code, String name, String repo) {
        String all = (code + " " + name).toLowerCase(Locale.ROOT);
        if (all.contains("antalya")) {
            return Stream.ALTINITY_ANTALYA;
        }
        if (all.contains("altinity") || (repo != null && repo.toLowerCase(Locale.ROOT).contains("altinity"))) {
            return Stream.ALTINITY_STABLE;
        }
        return Stream.UPSTREAM;
    }

    /** Whether a server's label marks the version end of life ("[EOL] 22.3 ...", "22.3 (EOL)"). */
    public static boolean markedEol(String name) {
        return name != null && name.toUpperCase(Locale.ROOT).matches(".*(^|[^A-Z])EOL([^A-Z]|$).*");
    }
}
