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
        List<Entry> entries = new ArrayList<>();
        for (CrateCluster c : client.clusters(null)) {
            entries.add(disk(client, c, byId.get(c.projectId())));
        }
        return new Result(organizations, projects, entries);
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
