package com.accountdesk.ui.launch;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every field of the wizard, with the names the cluster-launch bodies give it (ACM 26.1.59's first,
 * then the Altinity API Guide's where it differs) and the page it is on.
 * This is the one table that routes a server's 400 (whose error body names a "field") back to the
 * page where the user can fix it.
 */
public enum LaunchField {
    ENVIRONMENT(WizardPage.ENVIRONMENT),
    NAME(WizardPage.CLUSTER, "name"),
    ROLE(WizardPage.CLUSTER, "role"),
    VERSION(WizardPage.CLUSTER, "version", "versionImage"),
    ADMIN_USER(WizardPage.CLUSTER, "adminUser"),
    ADMIN_PASS(WizardPage.CLUSTER, "adminPass"),
    ADMIN_PASS_CONFIRM(WizardPage.CLUSTER),
    NODE_TYPE(WizardPage.RESOURCES, "nodeType", "instanceType"),
    SHARDS(WizardPage.RESOURCES, "shards"),
    REPLICAS(WizardPage.RESOURCES, "replicas"),
    NODES(WizardPage.RESOURCES, "nodes"),
    SIZE(WizardPage.RESOURCES, "size"),
    STORAGE_CLASS(WizardPage.RESOURCES, "storageClass"),
    SECURE(WizardPage.CONNECTION, "secure"),
    HTTPS_PORT(WizardPage.CONNECTION, "httpPort", "https_port"),
    TCP_PORT(WizardPage.CONNECTION, "port", "tcp_port_secure"),
    ZOOKEEPER(WizardPage.HIGH_AVAILABILITY, "zookeeper"),
    ZOOKEEPER_TAG(WizardPage.HIGH_AVAILABILITY),
    ZOOKEEPER_OPTIONS(WizardPage.HIGH_AVAILABILITY, "zookeeperOptions"),
    KEEPER(WizardPage.HIGH_AVAILABILITY, "keeperName", "keeperOptions"),
    ZONES(WizardPage.HIGH_AVAILABILITY, "azlist", "zoneAwareness"),
    UPTIME(WizardPage.RESOURCES, "uptime", "uptimeSettings", "timezone"),
    IP_RESTRICTIONS(WizardPage.CONNECTION, "ipWhitelist"),
    LB_TYPE(WizardPage.CONNECTION, "lbType"),
    MYSQL_PORT(WizardPage.CONNECTION, "mysqlPort", "mysqlProtocol");

    private final List<String> wireNames;
    private final WizardPage page;

    LaunchField(WizardPage page, String... wireNames) {
        this.wireNames = List.of(wireNames);
        this.page = page;
    }

    public WizardPage page() {
        return page;
    }

    /** The field a server error names ("name", "https_port", "zookeeperOptions.size"...), if it is one of ours. */
    public static Optional<LaunchField> ofWireName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        return Arrays.stream(values()).filter(f -> f.wireNames.contains(top)).findFirst();
    }
}
