package com.accountdesk.api.cratedb;

import com.accountdesk.api.ApiException;
import com.accountdesk.model.CrateCluster;
import com.accountdesk.model.CrateMetric;
import com.accountdesk.model.CrateOrganization;
import com.accountdesk.model.CrateProject;
import com.accountdesk.model.DiskUsage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One look at every cluster a CrateDB Cloud key sees: organizations, projects, clusters and each
 * running cluster's disk (the fullest node over the last {@link #DISK_MINUTES} minutes of
 * {@code crate_disk_usage2}). A cluster whose disk cannot be read is listed with the reason; only a
 * failure to list is a failure of the look. Used by the Clusters view and {@code account-desk status}.
 */
public final class CrateClusterSurvey {
    static final int DISK_MINUTES = 15;
    /** Disk reads at once: enough to hide the round trips, few enough not to crowd the service. */
    static final int DISKS_AT_ONCE = 8;

    private CrateClusterSurvey() {
    }

    /** A cluster, its project (null when not listed) and its disk (null with {@code diskProblem} or when suspended). */
    public record Entry(CrateCluster cluster, CrateProject project, DiskUsage disk, String diskProblem) {
    }

    public record Result(List<CrateOrganization> organizations, List<CrateProject> projects, List<Entry> clusters) {
        public Result {
            organizations = List.copyOf(organizations);
            projects = List.copyOf(projects);
            clusters = List.copyOf(clusters);
        }
    }

    public static Result look(CrateCloudClient client) throws ApiException {
        List<CrateOrganization> organizations = client.organizations();
        List<CrateProject> projects = client.projects();
        Map<String, CrateProject> byId = projects.stream().collect(Collectors.toMap(CrateProject::id, Function.identity(), (a, b) -> a));
        List<CrateCluster> clusters = client.clusters(null);
        return new Result(organizations, projects, disks(client, clusters, byId));
    }

    /**
     * Each cluster with its disk, read at the same time (a few at once, each read once: a GET, and
     * {@link #disk} never retries beyond the transport's own rule for GETs), in the clusters' order:
     * an organization of many clusters costs about what its slowest few do, not their sum.
     */
    private static List<Entry> disks(CrateCloudClient client, List<CrateCluster> clusters, Map<String, CrateProject> projects) {
        if (clusters.size() <= 1) {
            return clusters.stream().map(c -> disk(client, c, projects.get(c.projectId()))).toList();
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService readers = Executors.newFixedThreadPool(Math.min(DISKS_AT_ONCE, clusters.size()), task -> {
            Thread t = new Thread(task, "disk-read-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Entry>> pending = new ArrayList<>();
            for (CrateCluster c : clusters) {
                pending.add(readers.submit(() -> disk(client, c, projects.get(c.projectId()))));
            }
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < clusters.size(); i++) {
                entries.add(await(pending.get(i), clusters.get(i), projects));
            }
            return entries;
        } finally {
            readers.shutdownNow();
        }
    }

    private static Entry await(Future<Entry> read, CrateCluster c, Map<String, CrateProject> projects) {
        try {
            return read.get();
        } catch (ExecutionException e) {
            return new Entry(c, projects.get(c.projectId()), null, String.valueOf(e.getCause().getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Entry(c, projects.get(c.projectId()), null, "interrupted");
        }
    }

    /** The cluster with its disk read now. */
    public static Entry disk(CrateCloudClient client, CrateCluster c, CrateProject project) {
        if (c.suspended()) {
            return new Entry(c, project, null, null);
        }
        try {
            OptionalDouble used = client.metric(c.id(), CrateMetric.DISK, DISK_MINUTES).latestMax();
            return new Entry(c, project, used.isPresent() && c.diskSizePerNodeBytes() > 0
                    ? new DiskUsage((long) used.getAsDouble(), c.diskSizePerNodeBytes()) : null, null);
        } catch (ApiException e) {
            return new Entry(c, project, null, e.getMessage());
        }
    }
}
