package com.accountdesk.ui.cratedb;

import com.accountdesk.api.cratedb.CrateClusterSurvey;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.api.cratedb.CrateCommands;
import com.accountdesk.model.CrateCluster;
import com.accountdesk.model.CrateOrganization;
import com.accountdesk.model.CrateProject;
import com.accountdesk.model.DiskUsage;
import com.accountdesk.session.DiskThresholds;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.ListRefresh;
import com.accountdesk.ui.common.Texts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The Clusters view of a CrateDB Cloud account: organization → project → clusters, each with its
 * health, nodes, product, version and disk gauge (the fullest node's use of its disk, amber and red
 * at {@link #amberProperty()} / {@link #redProperty()}). One look ({@link CrateClusterSurvey})
 * reads everything; choosing an organization or a project only filters what was read.
 */
public final class CrateClustersViewModel {
    /** A project to choose; {@link #ALL} (null id) shows every project of the organization. */
    public record ProjectChoice(String id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One table row: the cluster, its project's name and its disk (null: see {@code diskProblem}, or suspended). */
    public record Row(CrateCluster cluster, String project, DiskUsage disk, String diskProblem) {
    }

    static final ProjectChoice ALL = new ProjectChoice(null, Texts.get("cratedb.clusters.allProjects"));

    private final CrateCloudClient client;
    private final Background background;
    private final DialogService dialogs;
    private final ObservableList<CrateOrganization> organizations = FXCollections.observableArrayList();
    private final ObservableList<ProjectChoice> projects = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CrateOrganization> organization = new SimpleObjectProperty<>();
    private final ObjectProperty<ProjectChoice> project = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final DoubleProperty amber = new SimpleDoubleProperty(DiskUsage.DEFAULT_AMBER);
    private final DoubleProperty red = new SimpleDoubleProperty(DiskUsage.DEFAULT_RED);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty acting = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private CrateClusterSurvey.Result last;
    private Supplier<DiskThresholds.Levels> thresholds = () -> DiskThresholds.DEFAULT;
    /** Bumped by every look, so a late answer never overwrites a newer one. */
    private long looks;

    public CrateClustersViewModel(CrateCloudClient client, Background background, DialogService dialogs) {
        this.client = client;
        this.background = background;
        this.dialogs = dialogs;
        organization.addListener((obs, old, org) -> {
            fillProjects();
            fillRows();
        });
        project.addListener((obs, old, p) -> fillRows());
        amber.addListener((obs, old, v) -> fillRows());
        red.addListener((obs, old, v) -> fillRows());
    }

    /** Where the gauge's levels come from (the user's settings); read again at every {@link #load}. */
    public void useThresholds(Supplier<DiskThresholds.Levels> levels) {
        thresholds = levels;
        applyThresholds();
    }

    private void applyThresholds() {
        DiskThresholds.Levels l = thresholds.get();
        amber.set(l.amber());
        red.set(l.red());
    }

    /** Reads organizations, projects, clusters and disks again; what is shown stays until the answer comes. */
    public void load() {
        applyThresholds();
        long asked = ++looks;
        error.set("");
        background.run(() -> CrateClusterSurvey.look(client), loading, result -> {
            if (asked == looks) {
                show(result);
            }
        }, failure -> {
            if (asked == looks) {
                error.set(ErrorMessages.describe(failure));
            }
        });
    }

    private void show(CrateClusterSurvey.Result result) {
        last = result;
        String keepOrg = organization.get() == null ? null : organization.get().id();
        String keepProject = project.get() == null ? null : project.get().id();
        String keepCluster = selected.get() == null ? null : selected.get().cluster().id();
        organizations.setAll(result.organizations());
        CrateOrganization org = result.organizations().stream().filter(o -> o.id().equals(keepOrg)).findFirst()
                .orElse(result.organizations().isEmpty() ? null : result.organizations().get(0));
        if (Objects.equals(org, organization.get())) {
            fillProjects();
        } else {
            organization.set(org);
        }
        project.set(projects.stream().filter(p -> Objects.equals(p.id(), keepProject)).findFirst().orElse(ALL));
        fillRows();
        selected.set(rows.stream().filter(r -> r.cluster().id().equals(keepCluster)).findFirst().orElse(null));
    }

    private void fillProjects() {
        ProjectChoice keep = project.get();
        projects.setAll(ALL);
        if (last != null) {
            String org = organization.get() == null ? null : organization.get().id();
            last.projects().stream().filter(p -> org == null || p.organizationId().equals(org))
                    .forEach(p -> projects.add(new ProjectChoice(p.id(), p.name())));
        }
        project.set(projects.contains(keep) ? keep : ALL);
    }

    private void fillRows() {
        if (last == null) {
            return;
        }
        String org = organization.get() == null ? null : organization.get().id();
        String only = project.get() == null ? null : project.get().id();
        List<Row> shown = last.clusters().stream()
                .filter(e -> only == null ? org == null || (e.project() != null && e.project().organizationId().equals(org))
                        || (e.project() == null && organizations.size() <= 1) : e.cluster().projectId().equals(only))
                .map(e -> new Row(e.cluster(), e.project() == null ? "" : e.project().name(), e.disk(), e.diskProblem()))
                .toList();
        ListRefresh.into(rows, shown, row -> row.cluster().id());
        long warned = shown.stream().filter(r -> r.disk() != null && r.disk().level(amber.get(), red.get()) != DiskUsage.Level.OK).count();
        summary.set(warned == 0 ? Texts.get("cratedb.clusters.summary", shown.size())
                : Texts.get("cratedb.clusters.summaryWarned", shown.size(), warned, Math.round(amber.get() * 100)));
    }

    /** The project the row's cluster belongs to, as read (for the price's region); null if not listed. */
    public CrateProject projectOf(Row row) {
        return last == null ? null : last.projects().stream().filter(p -> p.id().equals(row.cluster().projectId())).findFirst().orElse(null);
    }

    // ---- what a row shows

    /** "78 % of 512 GiB", or why there is no figure. */
    public static String diskText(Row row) {
        if (row.cluster().suspended()) {
            return Texts.get("cratedb.clusters.disk.suspended");
        }
        if (row.disk() == null) {
            return row.diskProblem() == null ? Texts.get("cratedb.clusters.disk.noData") : Texts.get("cratedb.clusters.disk.unreadable");
        }
        return Texts.get("cratedb.clusters.disk.used", row.disk().percent(), DiskUsage.size(row.disk().sizeBytes()));
    }

    /** The gauge's level, or null when there is no figure. */
    public DiskUsage.Level level(Row row) {
        return row.disk() == null ? null : row.disk().level(amber.get(), red.get());
    }

    /** "GREEN", or "GREEN · EXPAND_STORAGE" while an operation runs. */
    public static String healthText(CrateCluster c) {
        return c.busy() ? Texts.get("cratedb.clusters.health.busy", c.health(), c.runningOperation()) : c.health();
    }

    /** Why Expand storage… cannot be used for the row, or null when it can. */
    public static String expandUnavailable(Row row) {
        if (row == null) {
            return Texts.get("cratedb.clusters.expand.noSelection");
        }
        CrateCluster c = row.cluster();
        if (!c.allowCustomStorage()) {
            return Texts.get("cratedb.clusters.expand.notAllowed", c.name());
        }
        if (c.suspended()) {
            return Texts.get("cratedb.clusters.expand.suspended", c.name());
        }
        if (c.busy()) {
            return Texts.get("cratedb.clusters.expand.busy", c.name(), c.runningOperation());
        }
        return null;
    }

    /**
     * Why a change to the cluster cannot be asked for now, or null: suspended ({@code suspendedText})
     * or busy with another operation. What Scale… and Upgrade… share (the service refuses both too).
     */
    public static String changeUnavailable(CrateCluster c, String suspendedText) {
        if (c.suspended()) {
            return suspendedText;
        }
        if (c.busy()) {
            return Texts.get("cratedb.clusters.expand.busy", c.name(), c.runningOperation());
        }
        return null;
    }

    /** Why Scale… cannot be used for the row, or null when it can. */
    public static String scaleUnavailable(Row row) {
        return row == null ? Texts.get("cratedb.scale.noSelection")
                : changeUnavailable(row.cluster(), Texts.get("cratedb.scale.suspended", row.cluster().name()));
    }

    /** Why Upgrade… cannot be used for the row, or null when it can. */
    public static String upgradeUnavailable(Row row) {
        return row == null ? Texts.get("cratedb.upgrade.noSelection")
                : changeUnavailable(row.cluster(), Texts.get("cratedb.upgrade.suspended", row.cluster().name()));
    }

    /** Suspend or resume of the chosen cluster for croud and curl (what the button would ask); null when none is chosen. */
    public CrateCommands.Copy suspendCopy() {
        Row row = selected.get();
        return row == null ? null : new CrateCommands(client).setSuspended(row.cluster().id(), !row.cluster().suspended());
    }

    /** Why Suspend…/Resume… cannot be used for the row, or null when it can. */
    public static String suspendUnavailable(Row row) {
        if (row == null) {
            return Texts.get("cratedb.clusters.suspend.noSelection");
        }
        CrateCluster c = row.cluster();
        if (!c.allowSuspend()) {
            return Texts.get("cratedb.clusters.suspend.notAllowed", c.name());
        }
        if (c.busy()) {
            return Texts.get("cratedb.clusters.expand.busy", c.name(), c.runningOperation());
        }
        return null;
    }

    /**
     * Suspends the chosen cluster, or resumes a suspended one, after asking; sent once (a failure is
     * shown, not tried again), then the list is read again to show the operation.
     */
    public void suspendOrResume() {
        Row row = selected.get();
        if (row == null || suspendUnavailable(row) != null || acting.get()) {
            return;
        }
        CrateCluster c = row.cluster();
        boolean resume = c.suspended();
        DialogService.Confirmation question = resume
                ? new DialogService.Confirmation(Texts.get("cratedb.clusters.resume.title"),
                        Texts.get("cratedb.clusters.resume.header", c.name()), Texts.get("cratedb.clusters.resume.text"),
                        Texts.get("cratedb.clusters.resume.action"))
                : new DialogService.Confirmation(Texts.get("cratedb.clusters.suspend.title"),
                        Texts.get("cratedb.clusters.suspend.header", c.name()), Texts.get("cratedb.clusters.suspend.text"),
                        Texts.get("cratedb.clusters.suspend.action"));
        if (!dialogs.confirm(question)) {
            return;
        }
        String failed = resume ? Texts.get("cratedb.clusters.resume.failed", c.name())
                : Texts.get("cratedb.clusters.suspend.failed", c.name());
        background.run(() -> client.setSuspended(c.id(), !resume), acting, answer -> load(),
                failure -> dialogs.error(failed, ErrorMessages.describe(failure)));
    }

    /** "Suspend…" or, for a suspended cluster, "Resume…". */
    public static String suspendText(Row row) {
        return row != null && row.cluster().suspended() ? Texts.get("cratedb.clusters.resumeButton")
                : Texts.get("cratedb.clusters.suspendButton");
    }

    // ---- properties

    /** True while a change (suspend, resume) is being sent. */
    public BooleanProperty actingProperty() {
        return acting;
    }

    public ObservableList<CrateOrganization> organizations() {
        return organizations;
    }

    public ObservableList<ProjectChoice> projects() {
        return projects;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<CrateOrganization> organizationProperty() {
        return organization;
    }

    public ObjectProperty<ProjectChoice> projectProperty() {
        return project;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public DoubleProperty amberProperty() {
        return amber;
    }

    public DoubleProperty redProperty() {
        return red;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public CrateCloudClient client() {
        return client;
    }

    public Background background() {
        return background;
    }

    public DialogService dialogs() {
        return dialogs;
    }
}
