package com.accountdesk.ui.launch;

import com.accountdesk.model.ClusterRules;
import com.accountdesk.model.LaunchOptionRules;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Objects;

import static com.accountdesk.ui.launch.LaunchDraft.whole;
import static com.accountdesk.ui.launch.RuleTexts.number;
import static com.accountdesk.ui.launch.RuleTexts.say;
import static com.accountdesk.ui.launch.RuleTexts.words;

/** Page 4: TLS, the two secure ports, who may connect, the load balancer and the MySQL protocol. */
public final class ConnectionPageViewModel {
    /** The load balancer type live clients default to; the published description lists no values. */
    public static final List<String> LB_TYPE_SUGGESTIONS = List.of("ingress");

    private final LaunchDraft draft;

    ConnectionPageViewModel(LaunchDraft draft) {
        this.draft = Objects.requireNonNull(draft, "draft");
        StringProperty httpsPort = draft.httpsPort.value();
        StringProperty tcpPort = draft.tcpPort.value();
        draft.httpsPort.rules(() -> number(httpsPort.get(), n -> say(ClusterRules.port(n))));
        draft.tcpPort.rules(this::tcpPortProblem, httpsPort);
        draft.ipRestrictions.rules(() -> RuleTexts.ipProblems(LaunchOptionRules.ipRestrictions(
                LaunchOptionRules.splitIpList(draft.ipRestrictions.value().get()))));
        draft.lbType.rules(() -> words(LaunchOptionRules.lbType(draft.lbType.value().get().trim())));
        draft.mysqlPort.rules(this::mysqlPortProblem, draft.mysqlProtocol, httpsPort, tcpPort);
    }

    private String tcpPortProblem() {
        String https = draft.httpsPort.value().get();
        String tcp = draft.tcpPort.value().get();
        String own = number(tcp, n -> say(ClusterRules.port(n)));
        if (own != null || number(https, n -> say(ClusterRules.port(n))) != null) {
            return own; // the HTTPS field shows its own problem
        }
        return say(ClusterRules.portsDiffer(whole(https), whole(tcp)));
    }

    private String mysqlPortProblem() {
        if (!draft.mysqlProtocol.get()) {
            return null;
        }
        Integer https = whole(draft.httpsPort.value().get());
        Integer tcp = whole(draft.tcpPort.value().get());
        return number(draft.mysqlPort.value().get(), p -> words(LaunchOptionRules.mysqlPort(p,
                https == null ? -1 : https, tcp == null ? -1 : tcp)));
    }

    /** The field's problem as the page shows it (see {@link ValidatedField#shownError()}). */
    public StringBinding shownError(LaunchField field) {
        return draft.field(field).shownError();
    }

    public BooleanProperty secureProperty() {
        return draft.secure.value();
    }

    public StringProperty httpsPortProperty() {
        return draft.httpsPort.value();
    }

    public StringProperty tcpPortProperty() {
        return draft.tcpPort.value();
    }

    /** IP addresses and CIDR ranges, separated by commas, spaces or new lines; empty: anyone may connect. */
    public StringProperty ipRestrictionsProperty() {
        return draft.ipRestrictions.value();
    }

    public StringProperty lbTypeProperty() {
        return draft.lbType.value();
    }

    public BooleanProperty mysqlProtocolProperty() {
        return draft.mysqlProtocol;
    }

    public StringProperty mysqlPortProperty() {
        return draft.mysqlPort.value();
    }
}
