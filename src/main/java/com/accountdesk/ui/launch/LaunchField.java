package com.accountdesk.ui.launch;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every field of the wizard, with the name the cluster-launch body gives it and the page it is on.
 * This is the one table that routes a server's 400 (whose error body names a "field") back to the
 * page where the user can fix it.
 */
public enum LaunchField {
    ENVIRONMENT(null, WizardPage.ENVIRONMENT),
    NAME("name", WizardPage.CLUSTER),
    VERSION("version", WizardPage.CLUSTER),
    ADMIN_USER("adminUser", WizardPage.CLUSTER),
    ADMIN_PASS("adminPass", WizardPage.CLUSTER),
    ADMIN_PASS_CONFIRM(null, WizardPage.CLUSTER),
    INSTANCE_TYPE("instanceType", WizardPage.RESOURCES),
    SHARDS("shards", WizardPage.RESOURCES),
    REPLICAS("replicas", WizardPage.RESOURCES),
    NODES("nodes", WizardPage.RESOURCES),
    SIZE("size", WizardPage.RESOURCES),
    SECURE("secure", WizardPage.CONNECTION),
    HTTPS_PORT("https_port", WizardPage.CONNECTION),
    TCP_PORT("tcp_port_secure", WizardPage.CONNECTION),
    ZOOKEEPER("zookeeper", WizardPage.HIGH_AVAILABILITY),
    ZOOKEEPER_TAG(null, WizardPage.HIGH_AVAILABILITY),
    ZOOKEEPER_OPTIONS("zookeeperOptions", WizardPage.HIGH_AVAILABILITY);

    private final String wireName;
    private final WizardPage page;

    LaunchField(String wireName, WizardPage page) {
        this.wireName = wireName;
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
        return Arrays.stream(values()).filter(f -> top.equals(f.wireName)).findFirst();
    }
}
