package com.accountdesk.sandbox.acm;

import com.accountdesk.sandbox.http.Reply;
import com.accountdesk.sandbox.http.SandboxError;
import com.accountdesk.sandbox.http.SandboxRequest;
import com.accountdesk.sandbox.state.SandboxState;
import com.accountdesk.sandbox.state.StateData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.accountdesk.sandbox.acm.AcmApi.error;
import static com.accountdesk.sandbox.acm.AcmApi.format;
import static com.accountdesk.sandbox.acm.AcmApi.ok;

/**
 * What the demo environments offer: {@code GET /environments}, node types, ClickHouse versions,
 * Keepers and zones. The offer is fixed here; the environments themselves are in the state.
 */
final class Catalogue {
    private final SandboxState state;

    Catalogue(SandboxState state) {
        this.state = state;
    }

    /** A node type an environment offers (memory in MiB). */
    record NodeType(int id, String code, String name, double cpu, int memoryMb, String storageClass) {
    }

    /** The node types of a demo environment: AWS instance types for demo-aws, GCP machine types otherwise. */
    static List<NodeType> nodeTypes(String environmentId) {
        if ("101".equals(environmentId)) {
            return List.of(
                    new NodeType(11, "m6i.large", "m6i.large", 2, 8192, "gp3-encrypted"),
                    new NodeType(12, "m6i.xlarge", "m6i.xlarge", 4, 16384, "gp3-encrypted"),
                    new NodeType(13, "m6i.2xlarge", "m6i.2xlarge", 8, 32768, "gp3-encrypted"));
        }
        return List.of(
                new NodeType(21, "n2d-standard-2", "n2d-standard-2", 2, 8192, "premium-rwo"),
                new NodeType(22, "n2d-standard-4", "n2d-standard-4", 4, 16384, "premium-rwo"),
                new NodeType(23, "n2d-standard-8", "n2d-standard-8", 8, 32768, "premium-rwo"));
    }

    /** A version offered, as live clients report the answer: {code, name, repo}, "[EOL]" leading the name of an old one. */
    record Version(String code, String name, String repo) {
    }

    /** The ClickHouse versions every demo environment offers: two streams, and one end-of-life release. */
    static List<Version> versions() {
        return List.of(
                new Version("25.3.6.10034.altinitystable", "25.3 Altinity Stable", "altinity/clickhouse-server"),
                new Version("24.8.14.10459.altinitystable", "24.8 Altinity Stable", "altinity/clickhouse-server"),
                new Version("25.8.16.20002.altinityantalya", "25.8 Antalya", "altinity/clickhouse-server"),
                new Version("25.8.10.7", "25.8 ClickHouse LTS", "clickhouse/clickhouse-server"),
                new Version("23.8.16.43.altinitystable", "[EOL] 23.8 Altinity Stable", "altinity/clickhouse-server"));
    }

    /** An existing ClickHouse Keeper of an environment. */
    record Keeper(String name, String instanceType, String image, boolean ha) {
    }

    /** demo-aws has one Keeper in three zones; demo-gcp has none. */
    static List<Keeper> keepers(String environmentId) {
        return "101".equals(environmentId)
                ? List.of(new Keeper("shared-keeper", "m6i.large", "altinity/clickhouse-keeper:25.3", true))
                : List.of();
    }

    /** The availability zones an environment lists: demo-aws three, demo-gcp none (the environment chooses). */
    static List<String> zones(String environmentId) {
        return "101".equals(environmentId) ? List.of("us-east-1a", "us-east-1b", "us-east-1c") : List.of();
    }

    Reply environments(SandboxRequest request) {
        return ok(state.read(d -> d.environments.stream().map(Catalogue::environment).toList()));
    }

    private void requireEnvironment(String environmentId) throws SandboxError {
        if (!state.read(d -> d.environments.stream().anyMatch(e -> e.id.equals(environmentId)))) {
            throw error(404, "No environment " + environmentId + ".");
        }
    }

    /**
     * {@code GET /cloud/{environment}/options?type=...}: {@code versions} as live clients report them
     * ({@code {"data": [{code, name, repo}]}}), {@code zones} as a list of strings; any other type an empty list.
     */
    Reply cloudOptions(SandboxRequest request) throws SandboxError {
        String environmentId = request.param("environment");
        requireEnvironment(environmentId);
        String type = request.query("type");
        if ("versions".equals(type)) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Version v : versions()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", v.code());
                m.put("name", v.name());
                m.put("repo", v.repo());
                list.add(m);
            }
            return ok(list);
        }
        return ok("zones".equals(type) ? zones(environmentId) : List.of());
    }

    /** {@code GET /environment/{environment}/keepers}: {@code data: [CHKeeper]}. */
    Reply keepers(SandboxRequest request) throws SandboxError {
        String environmentId = request.param("environment");
        requireEnvironment(environmentId);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Keeper k : keepers(environmentId)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", k.name());
            m.put("instanceType", k.instanceType());
            m.put("image", k.image());
            m.put("ha", k.ha());
            m.put("zones", zones(environmentId));
            list.add(m);
        }
        return ok(list);
    }

    /** {@code GET /environment/{environment}/nodetypes}: the environment's node types (?scope=clickhouse: all of them here). */
    Reply nodeTypes(SandboxRequest request) throws SandboxError {
        String environmentId = request.param("environment");
        if (!state.read(d -> d.environments.stream().anyMatch(e -> e.id.equals(environmentId)))) {
            throw error(404, "No environment " + environmentId + ".");
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (NodeType t : nodeTypes(environmentId)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.id());
            m.put("scope", "clickhouse");
            m.put("code", t.code());
            m.put("name", t.name());
            m.put("cpu", t.cpu());
            m.put("memory", t.memoryMb());
            m.put("capacity", 100);
            m.put("storageClass", t.storageClass());
            m.put("isSpot", false);
            m.put("id_environment", Integer.parseInt(environmentId));
            list.add(m);
        }
        return ok(list);
    }

    private static Map<String, Object> environment(StateData.AcmEnvironment e) {
        Map<String, Object> m = new LinkedHashMap<>();
        // One seeded id goes out as a number and the other as a string, as mixed as the live API.
        m.put("id", e.id.chars().allMatch(Character::isDigit) && Integer.parseInt(e.id) % 2 == 1 ? Integer.parseInt(e.id) : e.id);
        m.put("name", e.name);
        m.put("type", e.type);
        m.put("domain", e.domain);
        m.put("externalDNS", "1");
        m.put("created", format(e.created));
        return m;
    }
}
