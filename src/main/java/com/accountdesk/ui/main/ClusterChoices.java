package com.accountdesk.ui.main;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.ClickHouseVersion;
import com.accountdesk.model.Environment;
import com.accountdesk.model.NodeType;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.launch.EnvironmentOptions;
import com.accountdesk.ui.launch.OptionList;

/** What a cluster's dialogs offer to choose from: its environment's node types (rescale) and versions (upgrade). */
public interface ClusterChoices {
    /** The node types of an environment, loading from when asked. */
    OptionList<NodeType> nodeTypes(String environmentId);

    /** The ClickHouse versions an environment offers, as the launch wizard lists them, loading from when asked. */
    OptionList<ClickHouseVersion> versions(Environment environment);

    /** Read from ACM in the background. */
    static ClusterChoices of(AcmClient client, Background background) {
        return new ClusterChoices() {
            @Override
            public OptionList<NodeType> nodeTypes(String environmentId) {
                return ClusterDialogs.nodeTypes(client, background, environmentId);
            }

            @Override
            public OptionList<ClickHouseVersion> versions(Environment environment) {
                return EnvironmentOptions.versionsOf(client, background, environment);
            }
        };
    }
}
