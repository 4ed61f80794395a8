package com.accountdesk.ui.launch;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.io.Settings;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClickHouseVersion;
import com.accountdesk.model.ClusterRules;
import com.accountdesk.model.Keeper;
import com.accountdesk.model.LaunchOptionRules;
import com.accountdesk.model.Environment;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.LaunchValidity;
import com.accountdesk.model.NodeType;
import com.accountdesk.model.Secret;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.Texts;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.Comparator;
import java.util.function.IntFunction;

/**
 * Everything the Launch Cluster wizard holds: each field as a property, each field's reason to be
 * refused (the shared {@link ClusterRules}, then whatever the server said about it), which page is
 * shown and whether it may be left. The sending itself is {@link LaunchAction}'s. No window needed.
 */
public final class LaunchWizardViewModel {
    /** Settings key: the id of the environment of the last launch, preselected next time. */
    public static final String LAST_ENVIRONMENT = "launch.lastEnvironment";
    public static final String DEFAULT_ADMIN_USER = "admin";
    /** The load balancer type live clients default to; the published description lists no values. */
    public static final List<String> LB_TYPE_SUGGESTIONS = List.of("ingress");

    private final AcmClient client;
    private final Background background;
    private final DialogService dialogs;
    private final Settings settings;

    // Page 1
    private final ObservableList<Environment> environments = FXCollections.observableArrayList();
    private final ObjectProperty<Environment> environment = new SimpleObjectProperty<>();
    private final BooleanProperty environmentsLoading = new SimpleBooleanProperty(false);
    private final StringProperty environmentsError = new SimpleStringProperty("");
    private final ObservableSet<String> existingNames = FXCollections.observableSet();
    // Page 2
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty(LaunchRequest.ROLE_DEVELOPMENT);
    private final StringProperty version = new SimpleStringProperty("");
    private final StringProperty adminUser = new SimpleStringProperty(DEFAULT_ADMIN_USER);
    private final StringProperty adminPass = new SimpleStringProperty("");
    private final StringProperty adminPassConfirm = new SimpleStringProperty("");
    private final BooleanProperty showPassword = new SimpleBooleanProperty(false);
    // Page 3
    private final StringProperty nodeType = new SimpleStringProperty("n2d-standard-2");
    private final StringProperty shards = new SimpleStringProperty("1");
    private final StringProperty replicas = new SimpleStringProperty("1");
    private final StringProperty nodes = new SimpleStringProperty("1");
    private final StringProperty size = new SimpleStringProperty("100");
    /** A storage class of {@link #storageClasses()}; empty: the environment's default (nothing sent). */
    private final StringProperty storageClass = new SimpleStringProperty("");
    private final ObservableList<String> storageClasses = FXCollections.observableArrayList();
    private boolean nodesOverridden;
    private boolean settingNodes;
    // Page 4
    private final BooleanProperty secure = new SimpleBooleanProperty(true);
    private final StringProperty httpsPort = new SimpleStringProperty("8443");
    private final StringProperty tcpPort = new SimpleStringProperty("9440");
    // Page 5
    private final BooleanProperty zookeeperLaunch = new SimpleBooleanProperty(true);
    private final StringProperty zookeeperTag = new SimpleStringProperty("");
    private final StringProperty zookeeperSize = new SimpleStringProperty(LaunchRequest.ZookeeperOptions.SINGLE);
    private final BooleanProperty useKeeper = new SimpleBooleanProperty(false);
    private final StringProperty keeperName = new SimpleStringProperty("");
    private final ObservableList<String> chosenZones = FXCollections.observableArrayList();
    // ACM's wizard fields beyond the guide's
    private final ObjectProperty<LaunchRequest.Uptime.Mode> uptimeMode = new SimpleObjectProperty<>(LaunchRequest.Uptime.Mode.ALWAYS_ON);
    private final StringProperty idleHours = new SimpleStringProperty(String.valueOf(LaunchOptionRules.DEFAULT_IDLE_HOURS));
    private final StringProperty stopAt = new SimpleStringProperty("20:00");
    private final StringProperty startAt = new SimpleStringProperty("08:00");
    private final StringProperty ipRestrictions = new SimpleStringProperty("");
    private final StringProperty lbType = new SimpleStringProperty("");
    private final BooleanProperty mysqlProtocol = new SimpleBooleanProperty(false);
    private final StringProperty mysqlPort = new SimpleStringProperty(String.valueOf(LaunchOptionRules.DEFAULT_MYSQL_PORT));

    private final ObjectProperty<WizardPage> page = new SimpleObjectProperty<>(WizardPage.ENVIRONMENT);
    private final Map<LaunchField, StringProperty> serverErrors = new EnumMap<>(LaunchField.class);
    private final Map<LaunchField, StringBinding> errors = new EnumMap<>(LaunchField.class);
    /** Whether a field's problem may be shown yet: once it was changed, Next was pressed on its page, or the server named it. */
    private final Map<LaunchField, BooleanProperty> touched = new EnumMap<>(LaunchField.class);
    private final Map<LaunchField, StringBinding> shownErrors = new EnumMap<>(LaunchField.class);
    private final Map<WizardPage, BooleanBinding> pageValid = new EnumMap<>(WizardPage.class);
    private final StringBinding nodesWarning;
    private final StringBinding zookeeperWarning;
    private final StringBinding passwordStrength;
    private List<String> untouched;
    private final LaunchAction launch;

    public LaunchWizardViewModel(AcmClient client, Background background, DialogService dialogs, Settings settings) {
        this.client = Objects.requireNonNull(client, "client");
        this.background = Objects.requireNonNull(background, "background");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.nodeTypes = new OptionList<>(background);
        this.versions = new OptionList<>(background);
        this.keepers = new OptionList<>(background);
        this.zones = new OptionList<>(background);

        field(LaunchField.ENVIRONMENT, environment, () -> environment.get() != null ? null
                : environmentsLoading.get() ? Texts.get("launch.rule.environmentsLoading") : Texts.get("launch.rule.chooseEnvironment"), environmentsLoading);
        field(LaunchField.NAME, name, () -> ClusterRules.name(name.get()) != null ? say(ClusterRules.name(name.get()))
                : say(ClusterRules.nameAvailable(name.get(), existingNames)), existingNames);
        field(LaunchField.VERSION, version, () -> say(ClusterRules.version(version.get())));
        field(LaunchField.ADMIN_USER, adminUser, () -> say(ClusterRules.adminUser(adminUser.get())));
        field(LaunchField.ADMIN_PASS, adminPass, () -> say(ClusterRules.adminPassword(adminPass.get())));
        field(LaunchField.ADMIN_PASS_CONFIRM, adminPassConfirm, () -> adminPassConfirm.get().isEmpty()
                ? Texts.get("launch.rule.passwordAgain") : adminPassConfirm.get().equals(adminPass.get()) ? null
                : Texts.get("launch.rule.passwordsDiffer"), adminPass);
        field(LaunchField.NODE_TYPE, nodeType, () -> say(ClusterRules.nodeType(nodeType.get())));
        field(LaunchField.ROLE, role, () -> null);
        field(LaunchField.SHARDS, shards, () -> number(shards.get(), n -> say(ClusterRules.shards(n))));
        field(LaunchField.REPLICAS, replicas, () -> number(replicas.get(), n -> say(ClusterRules.replicas(n))));
        field(LaunchField.NODES, nodes, () -> number(nodes.get(), n -> say(ClusterRules.nodes(n))));
        field(LaunchField.SIZE, size, () -> number(size.get(), n -> say(ClusterRules.diskGb(n))));
        field(LaunchField.SECURE, secure, () -> null);
        field(LaunchField.HTTPS_PORT, httpsPort, () -> number(httpsPort.get(), n -> say(ClusterRules.port(n))));
        field(LaunchField.TCP_PORT, tcpPort, this::tcpPortProblem, httpsPort);
        field(LaunchField.ZOOKEEPER, zookeeperLaunch, () -> null);
        field(LaunchField.ZOOKEEPER_TAG, zookeeperTag, () -> zookeeperLaunch.get()
                ? say(ClusterRules.zookeeperTag(zookeeperTag.get())) : null, zookeeperLaunch);
        field(LaunchField.ZOOKEEPER_OPTIONS, zookeeperSize, () -> zookeeperLaunch.get()
                ? say(ClusterRules.zookeeperSize(zookeeperSize.get())) : null, zookeeperLaunch);
        field(LaunchField.KEEPER, keeperName, this::keeperProblem, useKeeper, keepers.stateProperty());
        field(LaunchField.ZONES, Bindings.createStringBinding(() -> String.join(",", chosenZones), chosenZones), () -> words(LaunchOptionRules.zones(chosenZones,
                zones.stateProperty().get() == OptionList.State.LOADED ? zones.items() : List.of())), zones.stateProperty());
        field(LaunchField.STORAGE_CLASS, storageClass, () -> words(LaunchOptionRules.storageClass(storageClass.get(), storageClasses)), storageClasses);
        field(LaunchField.UPTIME, uptimeMode, this::uptimeProblem, idleHours, stopAt, startAt);
        field(LaunchField.IP_RESTRICTIONS, ipRestrictions, () -> ipProblems(ipRestrictions.get()));
        field(LaunchField.LB_TYPE, lbType, () -> words(LaunchOptionRules.lbType(lbType.get().trim())));
        field(LaunchField.MYSQL_PORT, mysqlPort, this::mysqlPortProblem, mysqlProtocol, httpsPort, tcpPort);
        // One coordination choice: a new ZooKeeper, an existing Keeper, or none.
        useKeeper.addListener((obs, was, now) -> {
            if (now) {
                zookeeperLaunch.set(false);
            }
        });
        zookeeperLaunch.addListener((obs, was, now) -> {
            if (now) {
                useKeeper.set(false);
            }
        });

        for (WizardPage p : WizardPage.values()) {
            List<Observable> deps = new ArrayList<>();
            errors.forEach((f, e) -> {
                if (p == WizardPage.REVIEW || f.page() == p) {
                    deps.add(e);
                }
            });
            pageValid.put(p, Bindings.createBooleanBinding(() -> errors.entrySet().stream()
                    .filter(e -> p == WizardPage.REVIEW || e.getKey().page() == p)
                    .allMatch(e -> e.getValue().get().isEmpty()), deps.toArray(Observable[]::new)));
        }

        // Nodes follow shards × replicas until the user types a count of their own.
        shards.addListener((obs, old, now) -> followTopology());
        replicas.addListener((obs, old, now) -> followTopology());
        nodes.addListener((obs, old, now) -> {
            if (!settingNodes) {
                Integer product = product();
                nodesOverridden = product == null || !String.valueOf(product).equals(now);
            }
        });
        nodesWarning = Bindings.createStringBinding(() -> {
            if (!error(LaunchField.SHARDS).get().isEmpty() || !error(LaunchField.REPLICAS).get().isEmpty()
                    || !error(LaunchField.NODES).get().isEmpty()) {
                return "";
            }
            return orEmpty(say(ClusterRules.nodesMismatch(whole(shards.get()), whole(replicas.get()), whole(nodes.get()))));
        }, shards, replicas, nodes);
        zookeeperWarning = Bindings.createStringBinding(() -> {
            Integer r = whole(replicas.get());
            return !zookeeperLaunch.get() && !useKeeper.get() && r != null && r > 1
                    ? Texts.get("launch.zookeeperNeeded", String.valueOf(r)) : "";
        }, zookeeperLaunch, useKeeper, replicas);
        passwordStrength = Bindings.createStringBinding(() -> strengthHint(adminPass.get()), adminPass);
        environment.addListener((obs, old, now) -> {
            loadClusterNames(now);
            preflight.set(null);
            loadEnvironmentOptions();
        });
        versionWarning = Bindings.createStringBinding(() -> chosenVersion().filter(ClickHouseVersion::eol)
                .map(v -> Texts.get("launch.version.eol", v.code())).orElse(""), version, versions.items());
        untouched = typed();
        launch = new LaunchAction(this, client, background);
    }

    /** Declares a field: its own rules, plus the server's word on it until the user changes it. */
    private void field(LaunchField field, ObservableValue<?> value, Callable<String> rules, Observable... alsoDependsOn) {
        StringProperty server = new SimpleStringProperty("");
        BooleanProperty changed = new SimpleBooleanProperty(false);
        value.addListener((obs, old, now) -> {
            server.set("");
            changed.set(true);
        });
        // A problem that comes from another field (two ports that must differ) shows once that one changes.
        for (Observable other : alsoDependsOn) {
            other.addListener(o -> changed.set(true));
        }
        serverErrors.put(field, server);
        touched.put(field, changed);
        List<Observable> deps = new ArrayList<>(Arrays.asList(alsoDependsOn));
        deps.add(value);
        deps.add(server);
        StringBinding error = Bindings.createStringBinding(() -> {
            String problem = rules.call();
            return problem != null ? problem : server.get();
        }, deps.toArray(Observable[]::new));
        errors.put(field, error);
        shownErrors.put(field, Bindings.createStringBinding(() -> changed.get() || !server.get().isEmpty() ? error.get() : "",
                changed, server, error));
    }

    private String keeperProblem() {
        if (!useKeeper.get()) {
            return null;
        }
        OptionList.State st = keepers.stateProperty().get();
        List<String> known = st == OptionList.State.LOADED || st == OptionList.State.EMPTY
                ? keepers.items().stream().map(Keeper::name).toList() : null;
        return words(LaunchOptionRules.keeper(keeperName.get().trim(), false, known));
    }

    private String uptimeProblem() {
        return switch (uptimeMode.get()) {
            case ALWAYS_ON -> null;
            case STOP_WHEN_INACTIVE -> number(idleHours.get(), h -> words(LaunchOptionRules.idleHours(h)));
            case SCHEDULE -> words(LaunchOptionRules.schedule(stopAt.get().trim(), startAt.get().trim()));
        };
    }

    private String mysqlPortProblem() {
        if (!mysqlProtocol.get()) {
            return null;
        }
        Integer https = whole(httpsPort.get());
        Integer tcp = whole(tcpPort.get());
        return number(mysqlPort.get(), p -> words(LaunchOptionRules.mysqlPort(p, https == null ? -1 : https, tcp == null ? -1 : tcp)));
    }

    /** Every bad entry with its reason, one per line, as Allow Domains lists them. */
    private static String ipProblems(String text) {
        List<LaunchOptionRules.Problem> problems = LaunchOptionRules.ipRestrictions(LaunchOptionRules.splitIpList(text));
        return problems.isEmpty() ? null : String.join("\n", problems.stream().map(LaunchWizardViewModel::words).toList());
    }

    /** A cluster rule broken, in the user's words; null for none. */
    public static String say(ClusterRules.Problem p) {
        if (p == null) {
            return null;
        }
        return switch (p.code()) {
            case NAME_EMPTY -> Texts.get("launch.rule.nameEmpty");
            case NAME_TOO_LONG -> Texts.get("launch.rule.nameTooLong", String.valueOf(ClusterRules.MAX_NAME_LENGTH));
            case NAME_START -> Texts.get("launch.rule.nameStart");
            case NAME_CHARS -> Texts.get("launch.rule.nameChars");
            case NAME_END_HYPHEN -> Texts.get("launch.rule.nameEndHyphen");
            case NAME_TAKEN -> Texts.get("launch.rule.nameTaken", p.value());
            case ENVIRONMENT_FULL -> Texts.get("launch.rule.environmentFull", p.value());
            case ADMIN_USER_EMPTY -> Texts.get("launch.rule.adminUserEmpty");
            case ADMIN_USER_CHARS -> Texts.get("launch.rule.adminUserChars");
            case PASSWORD_EMPTY -> Texts.get("launch.rule.passwordEmpty");
            case PASSWORD_SHORT -> Texts.get("launch.rule.passwordShort", String.valueOf(ClusterRules.MIN_PASSWORD_LENGTH));
            case TAG_CHARS -> Texts.get("launch.rule.tagChars");
            case NODE_TYPE_EMPTY -> Texts.get("launch.rule.nodeTypeEmpty");
            case NODE_TYPE_CHARS -> Texts.get("launch.rule.nodeTypeChars");
            case SHARDS_RANGE -> Texts.get("launch.rule.shardsRange", String.valueOf(ClusterRules.MAX_SHARDS));
            case REPLICAS_RANGE -> Texts.get("launch.rule.replicasRange", String.valueOf(ClusterRules.MAX_REPLICAS));
            case NODES_RANGE -> Texts.get("launch.rule.nodesRange", String.valueOf(ClusterRules.MAX_SHARDS * ClusterRules.MAX_REPLICAS));
            case DISK_RANGE -> Texts.get("launch.rule.diskRange", String.valueOf(ClusterRules.MAX_DISK_GB));
            case NODES_MISMATCH -> {
                String[] productAndNodes = p.value().split(" ");
                yield Texts.get("launch.rule.nodesMismatch", productAndNodes[0], productAndNodes[1]);
            }
            case PORT_RANGE -> Texts.get("launch.rule.portRange");
            case PORTS_SAME -> Texts.get("launch.rule.portsSame");
            case ZOOKEEPER_VALUE -> Texts.get("launch.rule.zookeeperValue");
            case ZOOKEEPER_SIZE -> Texts.get("launch.rule.zookeeperSize");
        };
    }

    /** A rule broken, in the user's words; null for none. */
    static String words(LaunchOptionRules.Problem p) {
        if (p == null) {
            return null;
        }
        return switch (p.code()) {
            case IP_NOT_ADDRESS -> Texts.get("launch.rule.ipNotAddress", p.value());
            case IP_PREFIX_RANGE -> Texts.get("launch.rule.ipPrefixRange", p.value());
            case IP_TOO_MANY -> Texts.get("launch.rule.ipTooMany", LaunchOptionRules.MAX_IP_ENTRIES, p.value());
            case PORT_RANGE -> Texts.get("launch.rule.portRange");
            case PORT_TAKEN -> Texts.get("launch.rule.portTaken", p.value());
            case IDLE_HOURS_RANGE -> Texts.get("launch.rule.idleHoursRange", LaunchOptionRules.MAX_IDLE_HOURS);
            case TIME_FORMAT -> Texts.get("launch.rule.timeFormat", p.value());
            case SAME_TIMES -> Texts.get("launch.rule.sameTimes");
            case KEEPER_NAME -> Texts.get("launch.rule.keeperName");
            case KEEPER_WITH_ZOOKEEPER -> Texts.get("launch.rule.keeperWithZookeeper");
            case KEEPER_UNKNOWN -> Texts.get("launch.rule.keeperUnknown", p.value());
            case ZONE_UNKNOWN -> Texts.get("launch.rule.zoneUnknown", p.value());
            case LB_TYPE -> Texts.get("launch.rule.lbType");
            case STORAGE_CLASS_UNKNOWN -> Texts.get("launch.rule.storageClassUnknown", p.value());
        };
    }

    private String tcpPortProblem() {
        String own = number(tcpPort.get(), n -> say(ClusterRules.port(n)));
        if (own != null || number(httpsPort.get(), n -> say(ClusterRules.port(n))) != null) {
            return own; // the HTTPS field shows its own problem
        }
        return say(ClusterRules.portsDiffer(whole(httpsPort.get()), whole(tcpPort.get())));
    }

    // ---- loading

    /** Loads the environments and preselects the last one used (or the first). */
    public void loadEnvironments() {
        environmentsError.set("");
        background.run(client::environments, environmentsLoading, list -> {
                    environments.setAll(list);
                    String last = settings.get(LAST_ENVIRONMENT, null);
                    Environment chosen = list.stream().filter(e -> e.id().equals(last)).findFirst()
                            .orElse(list.isEmpty() ? null : list.get(0));
                    if (environment.get() == null || !list.contains(environment.get())) {
                        environment.set(chosen);
                    }
                }, failure -> environmentsError.set(ErrorMessages.describe(failure)));
    }

    /** The names taken in the chosen environment, so a duplicate is refused as it is typed. */
    private void loadClusterNames(Environment env) {
        existingNames.clear();
        if (env == null) {
            return;
        }
        background.run(() -> client.clusters(env.id()), null, list -> {
            if (env.equals(environment.get())) {
                existingNames.clear();
                list.forEach(c -> existingNames.add(c.name()));
            }
        }, failure -> { }); // the server refuses a duplicate anyway; this is only a head start
    }

    // ---- navigation

    /** Goes on when the page is valid; else shows every problem on it (nothing is shown before it is asked for). */
    public void next() {
        if (pageValid(page.get()).get()) {
            page.set(page.get().next());
        } else {
            touched.forEach((field, shown) -> {
                if (field.page() == page.get()) {
                    shown.set(true);
                }
            });
        }
    }

    public void back() {
        page.set(page.get().previous());
    }

    /** Shows a page the user can reach: one already passed, or the next after valid pages. */
    public void goTo(WizardPage target) {
        for (WizardPage p : WizardPage.values()) {
            if (p == target) {
                page.set(target);
                return;
            }
            if (!pageValid(p).get()) {
                return;
            }
        }
    }

    /** Whether the user typed or chose anything that would be lost on cancel. */
    public boolean hasInput() {
        return !typed().equals(untouched);
    }

    private List<String> typed() {
        return List.of(name.get(), version.get(), adminUser.get(), adminPass.get(), adminPassConfirm.get(),
                role.get(), nodeType.get(), shards.get(), replicas.get(), nodes.get(), size.get(), String.valueOf(secure.get()),
                httpsPort.get(), tcpPort.get(), String.valueOf(zookeeperLaunch.get()), zookeeperTag.get(), zookeeperSize.get(),
                String.valueOf(useKeeper.get()), keeperName.get(), String.valueOf(chosenZones), String.valueOf(uptimeMode.get()),
                idleHours.get(), stopAt.get(), startAt.get(), ipRestrictions.get(), lbType.get(), String.valueOf(mysqlProtocol.get()),
                mysqlPort.get(), storageClass.get());
    }

    // ---- the request

    /** The request the fields describe; only when every page is valid. */
    public LaunchRequest request() {
        if (!pageValid(WizardPage.REVIEW).get()) {
            throw new IllegalStateException("the wizard has invalid fields");
        }
        boolean zk = zookeeperLaunch.get();
        return new LaunchRequest(name.get(), adminUser.get(), Secret.of(adminPass.get()), version.get(),
                nodeType.get(), whole(shards.get()), whole(replicas.get()), whole(nodes.get()), whole(size.get()),
                secure.get(), whole(httpsPort.get()), whole(tcpPort.get()),
                zk ? LaunchRequest.ZOOKEEPER_LAUNCH : "",
                zk ? new LaunchRequest.ZookeeperOptions(zookeeperTag.get(), zookeeperSize.get()) : null, role.get(), extras());
    }

    private LaunchRequest.Extras extras() {
        LaunchRequest.Uptime uptime = switch (uptimeMode.get()) {
            case ALWAYS_ON -> LaunchRequest.Uptime.ALWAYS;
            case STOP_WHEN_INACTIVE -> new LaunchRequest.Uptime(uptimeMode.get(), whole(idleHours.get()), "", "");
            case SCHEDULE -> new LaunchRequest.Uptime(uptimeMode.get(), 0, stopAt.get().trim(), startAt.get().trim());
        };
        return new LaunchRequest.Extras(useKeeper.get() ? keeperName.get().trim() : "", uptime,
                LaunchOptionRules.splitIpList(ipRestrictions.get()), lbType.get().trim(),
                mysqlProtocol.get() ? whole(mysqlPort.get()) : 0, List.copyOf(chosenZones), storageClass.get());
    }

    /**
     * Whether the wizard may close: at once when nothing would be lost (nothing typed, or launched),
     * never while a launch is on its way, else only when the user agrees to discard what was typed.
     */
    public boolean mayClose() {
        LaunchAction.Phase phase = launch.phaseProperty().get();
        if (phase == LaunchAction.Phase.SENDING || phase == LaunchAction.Phase.CHECKING) {
            return false;
        }
        if (phase == LaunchAction.Phase.LAUNCHED || !hasInput()) {
            return true;
        }
        return dialogs.confirm(new DialogService.Confirmation(Texts.get("launch.discard.title"),
                Texts.get("launch.discard.header"), Texts.get("launch.discard.text"), Texts.get("launch.discard.action")));
    }

    /** Records a 400 from the server against the field it names and shows that field's page. */
    void serverRefused(LaunchField field, String message) {
        serverErrors.get(field).set(message == null || message.isBlank() ? Texts.get("launch.rule.serverRefused") : message);
        page.set(field.page());
    }

    void remember(Environment env) {
        settings.put(LAST_ENVIRONMENT, env.id());
    }

    void nameTaken(String takenName) {
        existingNames.add(takenName);
    }

    // ---- helpers

    private void followTopology() {
        Integer product = product();
        if (!nodesOverridden && product != null) {
            settingNodes = true;
            try {
                nodes.set(String.valueOf(product));
            } finally {
                settingNodes = false;
            }
        }
    }

    private Integer product() {
        Integer s = whole(shards.get());
        Integer r = whole(replicas.get());
        return s == null || r == null ? null : s * r;
    }

    /** A whole number typed in a field, or null. */
    static Integer whole(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String number(String text, IntFunction<String> rule) {
        if (text == null || text.isBlank()) {
            return Texts.get("launch.rule.enterNumber");
        }
        Integer n = whole(text);
        return n == null ? Texts.get("launch.rule.wholeNumber") : rule.apply(n);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A hint, not a rule: the server only requires {@link ClusterRules#MIN_PASSWORD_LENGTH} characters. */
    static String strengthHint(String password) {
        if (password == null || password.isEmpty()) {
            return "";
        }
        int kinds = (int) List.of("[a-z]", "[A-Z]", "[0-9]", "[^A-Za-z0-9]").stream()
                .filter(k -> password.matches(".*" + k + ".*")).count();
        int score = (password.length() >= 12 ? 1 : 0) + (password.length() >= 16 ? 1 : 0) + (kinds >= 3 ? 1 : 0) + (kinds == 4 ? 1 : 0);
        if (password.length() < ClusterRules.MIN_PASSWORD_LENGTH || score <= 1) {
            return Texts.get("launch.strength.weak");
        }
        return score == 2 ? Texts.get("launch.strength.fair") : Texts.get("launch.strength.strong");
    }

    // ---- properties

    // ---- what the environment offers, and the pre-flight

    private final OptionList<NodeType> nodeTypes;
    private final OptionList<ClickHouseVersion> versions;
    private final OptionList<Keeper> keepers;
    private final OptionList<String> zones;
    private final StringBinding versionWarning;
    private final ObjectProperty<LaunchValidity> preflight = new SimpleObjectProperty<>();
    private final BooleanProperty preflightChecking = new SimpleBooleanProperty(false);
    private final BooleanBinding preflightAllows = Bindings.createBooleanBinding(() -> !preflightChecking.get()
            && (preflight.get() == null || preflight.get().verdict() != LaunchValidity.Verdict.REFUSED),
            preflight, preflightChecking);

    /** Reads everything the chosen environment offers: node types, versions, Keepers and zones. */
    public void loadEnvironmentOptions() {
        loadNodeTypes();
        loadVersions();
        loadKeepers();
        loadZones();
    }

    /**
     * Reads the chosen environment's node types ({@code GET /environment/{environment}/nodetypes}) in
     * the background. When they come and the node type is not one of them, the first is chosen
     * (so an AWS environment is not offered a GCP type); a list that cannot be read leaves the
     * field as free text, with a warning.
     */
    public void loadNodeTypes() {
        Environment env = environment.get();
        storageClasses.clear();
        chooseForUser(() -> storageClass.set("")); // another environment's classes are not this one's
        if (env == null) {
            nodeTypes.clear();
            return;
        }
        String asked = nodeType.get();
        nodeTypes.load(() -> client.nodeTypes(env.id()), new OptionList.Words(
                Texts.get("launch.nodeTypes.loading", env.name()), Texts.get("launch.nodeTypes.empty", env.name()),
                why -> Texts.get("launch.nodeTypes.failed", why)), list -> {
                    // Only a value the user has not changed since asking is replaced: a late list never overwrites typing.
                    if (nodeType.get().equals(asked) && list.stream().noneMatch(t -> t.code().equals(asked))) {
                        chooseForUser(() -> nodeType.set(list.get(0).code()));
                    }
                    offerStorageClasses(list);
                });
    }

    /**
     * The environment's ClickHouse versions ({@code GET /cloud/{environment}/options?type=versions}),
     * grouped by build stream (server order within a stream). Empty stays the environment's default;
     * a list that cannot be read leaves the field as free text, with a warning.
     */
    public void loadVersions() {
        Environment env = environment.get();
        if (env == null) {
            versions.clear();
            return;
        }
        versions.load(() -> grouped(client.versions(env.id(), env.type())), new OptionList.Words(
                Texts.get("launch.versions.loading", env.name()), Texts.get("launch.versions.empty", env.name()),
                why -> Texts.get("launch.versions.failed", why)), list -> { });
    }

    private static List<ClickHouseVersion> grouped(List<ClickHouseVersion> list) {
        return list.stream().sorted(Comparator.comparing(ClickHouseVersion::stream)).toList();
    }

    /**
     * The environment's ClickHouse Keepers ({@code GET /environment/{environment}/keepers}). The first
     * is proposed when none was typed; none listed means only a new ZooKeeper (or none) is offered;
     * a list that cannot be read leaves the Keeper's name as free text, with a warning.
     */
    public void loadKeepers() {
        Environment env = environment.get();
        if (env == null) {
            keepers.clear();
            return;
        }
        keepers.load(() -> client.keepers(env.id()), new OptionList.Words(
                Texts.get("launch.keepers.loading", env.name()), Texts.get("launch.keepers.empty", env.name()),
                why -> Texts.get("launch.keepers.failed", why)), list -> {
                    if (list.stream().noneMatch(k -> k.name().equals(keeperName.get().trim()))) {
                        chooseForUser(() -> keeperName.set(list.get(0).name()));
                    }
                });
    }

    /** The availability zones the environment lists ({@code ?type=zones}); a list that cannot be read sends none (ACM places the nodes). */
    public void loadZones() {
        Environment env = environment.get();
        if (env == null) {
            zones.clear();
            chosenZones.clear();
            return;
        }
        chosenZones.clear(); // another environment's zones, or to be chosen again from the list read now
        zones.load(() -> client.zones(env.id(), env.type()), new OptionList.Words(
                Texts.get("launch.zones.loading", env.name()), Texts.get("launch.zones.empty", env.name()),
                why -> Texts.get("launch.zones.failed", why)), list -> { });
    }

    /** A choice made for the user is not input of theirs: Cancel still closes without asking. */
    private void chooseForUser(Runnable choice) {
        boolean untouchedBefore = !hasInput();
        choice.run();
        if (untouchedBefore) {
            untouched = typed();
        }
    }

    /**
     * The storage classes the node types name; the chosen node type's own is proposed, else the
     * first. None named: nothing is offered and nothing sent.
     */
    private void offerStorageClasses(List<NodeType> list) {
        List<String> offered = LaunchOptionRules.storageClasses(list);
        storageClasses.setAll(offered);
        if (offered.isEmpty()) {
            return;
        }
        String own = list.stream().filter(t -> t.code().equals(nodeType.get())).map(NodeType::storageClass)
                .filter(offered::contains).findFirst().orElse(offered.get(0));
        chooseForUser(() -> storageClass.set(own));
    }

    /** The chosen node type as the environment describes it (CPU, memory), or "" when not listed. */
    public String nodeTypeDescription() {
        return nodeTypes.items().stream().filter(t -> t.code().equals(nodeType.get())).findFirst().map(NodeType::describe).orElse("");
    }

    private java.util.Optional<ClickHouseVersion> chosenVersion() {
        return versions.items().stream().filter(v -> v.code().equals(version.get().trim())).findFirst();
    }

    /** "m6i.large · three nodes · altinity/clickhouse-keeper:25.3" */
    public static String keeperDescription(Keeper k) {
        return k.ha() ? Texts.get("launch.keeper.describeHa", k.instanceType(), k.image())
                : Texts.get("launch.keeper.describeSingle", k.instanceType(), k.image());
    }

    /** How the version list names a stream. */
    public static String streamName(ClickHouseVersion.Stream stream) {
        return switch (stream) {
            case ALTINITY_STABLE -> Texts.get("launch.stream.stable");
            case ALTINITY_ANTALYA -> Texts.get("launch.stream.antalya");
            case UPSTREAM -> Texts.get("launch.stream.upstream");
        };
    }

    /** A version as the list shows it: its label, and "end of life" where the server marks it. */
    public static String versionLabel(ClickHouseVersion v) {
        return v.eol() ? Texts.get("launch.version.labelEol", v.code(), v.name()) : Texts.get("launch.version.label", v.code(), v.name());
    }

    /**
     * The pre-flight {@code GET /environment/{id}/cluster-launch-validity}, asked when the review page
     * shows: a refusal keeps Launch off and shows the server's reason; an answer that could not be
     * had leaves Launch on (the launch is checked by the server anyway), with a note.
     */
    public void checkLaunchValidity() {
        Environment env = environment.get();
        if (env == null || preflightChecking.get()) {
            return;
        }
        preflight.set(null);
        background.run(() -> client.launchValidity(env.id()), preflightChecking, answer -> {
            if (env.equals(environment.get())) {
                preflight.set(answer);
            }
        }, failure -> {
            if (env.equals(environment.get())) {
                preflight.set(LaunchValidity.unknown(ErrorMessages.describe(failure)));
            }
        });
    }

    public ObservableList<NodeType> nodeTypes() {
        return nodeTypes.items();
    }

    public ObjectProperty<OptionList.State> nodeTypesStateProperty() {
        return nodeTypes.stateProperty();
    }

    /** Loading, empty or failed, in words; "" once the list is there. */
    public StringProperty nodeTypesMessageProperty() {
        return nodeTypes.messageProperty();
    }

    public OptionList<NodeType> nodeTypeList() {
        return nodeTypes;
    }

    /** The storage classes the environment's node types name; empty: none offered. */
    public ObservableList<String> storageClasses() {
        return storageClasses;
    }

    public StringProperty storageClassProperty() {
        return storageClass;
    }

    public OptionList<ClickHouseVersion> versions() {
        return versions;
    }

    /** A warning (not a refusal) when the chosen version is end of life. */
    public StringBinding versionWarning() {
        return versionWarning;
    }

    public OptionList<Keeper> keepers() {
        return keepers;
    }

    public OptionList<String> zones() {
        return zones;
    }

    /** The zones chosen among {@link #zones()}; none: the environment places the nodes. */
    public ObservableList<String> chosenZones() {
        return chosenZones;
    }

    /** True: use the existing Keeper {@link #keeperNameProperty()} instead of a new ZooKeeper. */
    public BooleanProperty useKeeperProperty() {
        return useKeeper;
    }

    public StringProperty keeperNameProperty() {
        return keeperName;
    }

    public ObjectProperty<LaunchRequest.Uptime.Mode> uptimeModeProperty() {
        return uptimeMode;
    }

    public StringProperty idleHoursProperty() {
        return idleHours;
    }

    /** HH:MM, UTC. */
    public StringProperty stopAtProperty() {
        return stopAt;
    }

    /** HH:MM, UTC. */
    public StringProperty startAtProperty() {
        return startAt;
    }

    /** IP addresses and CIDR ranges, separated by commas, spaces or new lines; empty: anyone may connect. */
    public StringProperty ipRestrictionsProperty() {
        return ipRestrictions;
    }

    public StringProperty lbTypeProperty() {
        return lbType;
    }

    public BooleanProperty mysqlProtocolProperty() {
        return mysqlProtocol;
    }

    public StringProperty mysqlPortProperty() {
        return mysqlPort;
    }

    /** The pre-flight's answer; null while checking or before it was asked. */
    public ObjectProperty<LaunchValidity> preflightProperty() {
        return preflight;
    }

    public BooleanProperty preflightCheckingProperty() {
        return preflightChecking;
    }

    /** False while the pre-flight runs or after it refused. */
    public BooleanBinding preflightAllows() {
        return preflightAllows;
    }

    public LaunchAction launch() {
        return launch;
    }

    public AcmClient client() {
        return client;
    }

    /** The field's problem by the rules, shown or not: what decides whether the page is valid. */
    public StringBinding error(LaunchField field) {
        return errors.get(field);
    }

    /** The field's problem as the page shows it: empty until the field is changed or Next is pressed. */
    public StringBinding shownError(LaunchField field) {
        return shownErrors.get(field);
    }

    public BooleanBinding pageValid(WizardPage p) {
        return pageValid.get(p);
    }

    public ObjectProperty<WizardPage> pageProperty() {
        return page;
    }

    public ObservableList<Environment> environments() {
        return environments;
    }

    public ObjectProperty<Environment> environmentProperty() {
        return environment;
    }

    public BooleanProperty environmentsLoadingProperty() {
        return environmentsLoading;
    }

    public StringProperty environmentsErrorProperty() {
        return environmentsError;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty versionProperty() {
        return version;
    }

    public StringProperty adminUserProperty() {
        return adminUser;
    }

    public StringProperty adminPassProperty() {
        return adminPass;
    }

    public StringProperty adminPassConfirmProperty() {
        return adminPassConfirm;
    }

    public BooleanProperty showPasswordProperty() {
        return showPassword;
    }

    public StringBinding passwordStrength() {
        return passwordStrength;
    }

    public StringProperty nodeTypeProperty() {
        return nodeType;
    }

    /** {@link LaunchRequest#ROLE_PRODUCTION} or {@link LaunchRequest#ROLE_DEVELOPMENT}. */
    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty shardsProperty() {
        return shards;
    }

    public StringProperty replicasProperty() {
        return replicas;
    }

    public StringProperty nodesProperty() {
        return nodes;
    }

    public StringBinding nodesWarning() {
        return nodesWarning;
    }

    public StringProperty sizeProperty() {
        return size;
    }

    public BooleanProperty secureProperty() {
        return secure;
    }

    public StringProperty httpsPortProperty() {
        return httpsPort;
    }

    public StringProperty tcpPortProperty() {
        return tcpPort;
    }

    public BooleanProperty zookeeperLaunchProperty() {
        return zookeeperLaunch;
    }

    public StringProperty zookeeperTagProperty() {
        return zookeeperTag;
    }

    public StringProperty zookeeperSizeProperty() {
        return zookeeperSize;
    }

    public StringBinding zookeeperWarning() {
        return zookeeperWarning;
    }

    /** The launched cluster, once there is one. */
    public ObjectProperty<Cluster> launchedProperty() {
        return launch.launchedProperty();
    }
}
