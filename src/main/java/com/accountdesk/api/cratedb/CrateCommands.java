package com.accountdesk.api.cratedb;

import com.accountdesk.api.Endpoints;
import com.accountdesk.model.ShellCommand;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CrateDB cluster change written for croud and for curl ("Copy as croud", "Copy as curl"): the
 * same request the app sends, for a script or a terminal. Every word a server chose (an id, a
 * version) is quoted for the shell ({@link ShellCommand}); the key and secret are never written,
 * only named as the variables croud reads ({@value #KEY_VARIABLE}, {@value #SECRET_VARIABLE}, as
 * the app's "Copy as shell exports" sets them), so a copy can be pasted anywhere.
 */
public final class CrateCommands {
    public static final String KEY_VARIABLE = "CRATEDB_CLOUD_API_KEY";
    public static final String SECRET_VARIABLE = "CRATEDB_CLOUD_API_SECRET";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long GIB = 1024L * 1024 * 1024;

    /** One change as croud's command line and as a curl line. */
    public record Copy(String croud, String curl) {
    }

    private final CrateCloudClient client;

    public CrateCommands(CrateCloudClient client) {
        this.client = client;
    }

    /** {@code croud clusters expand-storage --cluster-id … --disk-size-gb N}; croud sends N × 1024³ bytes. */
    public Copy expandStorage(String clusterId, long diskSizeGib) {
        return new Copy(croud("expand-storage", "--cluster-id", clusterId, "--disk-size-gb", String.valueOf(diskSizeGib)),
                curl(clusterId, "storage/", Map.of("disk_size_per_node_bytes", diskSizeGib * GIB)));
    }

    /** {@code croud clusters scale --cluster-id … --unit U} (unit = nodes − 1). */
    public Copy scale(String clusterId, int productUnit) {
        return new Copy(croud("scale", "--cluster-id", clusterId, "--unit", String.valueOf(productUnit)),
                curl(clusterId, "scale/", Map.of("product_unit", productUnit)));
    }

    /** {@code croud clusters set-suspended-state --cluster-id … --value true|false}. */
    public Copy setSuspended(String clusterId, boolean suspended) {
        return new Copy(croud("set-suspended-state", "--cluster-id", clusterId, "--value", String.valueOf(suspended)),
                curl(clusterId, "suspend/", Map.of("suspended", suspended)));
    }

    /** {@code croud clusters upgrade --cluster-id … --version V}. */
    public Copy upgrade(String clusterId, String crateVersion) {
        return new Copy(croud("upgrade", "--cluster-id", clusterId, "--version", crateVersion),
                curl(clusterId, "upgrade/", Map.of("crate_version", crateVersion)));
    }

    private String croud(String command, String... args) {
        List<String> words = new ArrayList<>(List.of("croud", "clusters", command));
        words.addAll(List.of(args));
        if (client.region() != null) {
            words.add("--region");
            words.add(client.region());
        }
        return ShellCommand.of(words.toArray(String[]::new));
    }

    private String curl(String clusterId, String rest, Map<String, Object> body) {
        String url = client.base().resolve("api/v2/clusters/" + Endpoints.pathSegment(clusterId) + "/" + rest).toString();
        List<String> words = new ArrayList<>(List.of("-X", "PUT", "-H", "Content-Type: application/json"));
        if (client.region() != null) {
            words.add("-H");
            words.add(CrateCloudClient.REGION_HEADER + ": " + client.region());
        }
        words.add("-d");
        words.add(json(body));
        words.add(url);
        // The pair stays in the variables: double quotes, so the shell puts them in, and nothing of ours is in them.
        return "curl -u \"$" + KEY_VARIABLE + ":$" + SECRET_VARIABLE + "\" " + ShellCommand.of(words.toArray(String[]::new));
    }

    private static String json(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(new LinkedHashMap<>(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + body, e);
        }
    }
}
