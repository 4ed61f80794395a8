package com.accountdesk.testing;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.Secret;

/** Clusters the cluster tests need on the sandbox, launched as another client of the account would. */
public final class SandboxClusters {
    /** The sandbox's GCP environment (its node types include n2d-standard-2). */
    public static final String GCP_ENVIRONMENT = "102";

    private SandboxClusters() {
    }

    /** The smallest development cluster: one node, TLS on the default ports. */
    public static Cluster launchSmall(AcmClient client, String name) throws ApiException {
        return client.launchCluster(GCP_ENVIRONMENT, new LaunchRequest(name, "admin", Secret.of("s3cret-pass"), "",
                "n2d-standard-2", 1, 1, 1, 100, true, 8443, 9440, "", null, LaunchRequest.ROLE_DEVELOPMENT));
    }
}
