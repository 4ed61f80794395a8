package com.accountdesk.ui.launch;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Environment;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.LaunchValidity;
import com.accountdesk.model.Secret;
import com.accountdesk.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Page 6: the request every page describes, as a summary and as the body Launch sends (password
 * masked unless shown), its copies as curl or JSON, and what the pre-flight said.
 */
public final class ReviewPageViewModel {
    private final LaunchDraft draft;
    private final EnvironmentOptions options;
    private final AcmClient client;
    private final StringBinding preflightMessage;

    ReviewPageViewModel(LaunchDraft draft, EnvironmentOptions options, AcmClient client) {
        this.draft = Objects.requireNonNull(draft, "draft");
        this.options = Objects.requireNonNull(options, "options");
        this.client = Objects.requireNonNull(client, "client");
        ObjectProperty<Environment> environment = draft.environment.value();
        preflightMessage = Bindings.createStringBinding(() -> {
            LaunchValidity v = options.preflightProperty().get();
            String env = environment.get() == null ? "" : environment.get().name();
            if (options.preflightCheckingProperty().get()) {
                return Texts.get("launch.review.checking", env);
            }
            if (v == null) {
                return "";
            }
            return switch (v.verdict()) {
                case VALID -> Texts.get("launch.review.valid", env);
                case REFUSED -> Texts.get("launch.review.refused", env, v.reason());
                case UNKNOWN -> Texts.get("launch.review.unknown", v.reason());
            };
        }, options.preflightProperty(), options.preflightCheckingProperty(), environment);
    }

    /** Every field of the wizard valid: only then is there a request to show. */
    public BooleanBinding complete() {
        return draft.pageValid(WizardPage.REVIEW);
    }

    /** The request the fields describe; only when every page is valid. */
    public LaunchRequest request() {
        return draft.request();
    }

    /** The body Launch sends, indented; the password masked unless shown. */
    public String preview() {
        return LaunchPreview.forScreen(client, request(), draft.showPassword.get());
    }

    /** "Copy as curl": the API key as a placeholder unless {@code includeToken}. */
    public Secret curl(boolean includeToken) {
        return LaunchPreview.curl(client, draft.environment.value().get().id(), request(), includeToken);
    }

    /** "Copy as JSON": the body exactly as it goes on the wire. */
    public Secret json() {
        return LaunchPreview.json(client, request());
    }

    public BooleanProperty showPasswordProperty() {
        return draft.showPassword;
    }

    /** The pre-flight's answer; null while checking or before it was asked. */
    public ObjectProperty<LaunchValidity> preflightProperty() {
        return options.preflightProperty();
    }

    /** What the pre-flight is doing or said, in words; "" before it was asked. */
    public StringBinding preflightMessage() {
        return preflightMessage;
    }

    /** The request in the user's words, one line per label, in page order. */
    public Map<String, String> summary() {
        LaunchRequest r = request();
        Map<String, String> s = new LinkedHashMap<>();
        Environment env = draft.environment.value().get();
        s.put(Texts.get("launch.review.environment"), Texts.get("launch.review.environmentValue", env.name(), env.id()));
        s.put(Texts.get("launch.review.name"), r.name());
        s.put(Texts.get("launch.review.role"), LaunchRequest.ROLE_PRODUCTION.equals(r.role())
                ? Texts.get("launch.review.production") : Texts.get("launch.review.development"));
        s.put(Texts.get("launch.review.version"), r.version().isEmpty() ? Texts.get("launch.review.versionDefault") : r.version());
        s.put(Texts.get("launch.review.adminUser"), Texts.get("launch.review.adminUserValue", r.adminUser(),
                String.valueOf(r.adminPass().length())));
        s.put(Texts.get("launch.review.nodeType"), r.nodeType());
        s.put(Texts.get("launch.review.topology"), Texts.get("launch.review.topologyValue", String.valueOf(r.shards()),
                String.valueOf(r.replicas()), String.valueOf(r.nodes())));
        s.put(Texts.get("launch.review.disk"), Texts.get("launch.review.diskValue", String.valueOf(r.sizeGb())));
        if (!options.storageClasses().isEmpty()) {
            s.put(Texts.get("launch.review.storageClass"), r.extras().storageClass().isEmpty()
                    ? Texts.get("launch.storageClass.default") : r.extras().storageClass());
        }
        String https = String.valueOf(r.httpsPort());
        String tcp = String.valueOf(r.tcpPortSecure());
        s.put(Texts.get("launch.review.connection"), r.secure() ? Texts.get("launch.review.connectionSecure", https, tcp)
                : Texts.get("launch.review.connectionPlain", https, tcp));
        LaunchRequest.Extras x = r.extras();
        s.put(Texts.get("launch.review.zookeeper"), coordination(r));
        s.put(Texts.get("launch.review.zones"), x.zones().isEmpty() ? Texts.get("launch.review.zonesAny") : String.join(", ", x.zones()));
        s.put(Texts.get("launch.uptime.title"), switch (x.uptime().mode()) {
            case ALWAYS_ON -> Texts.get("launch.review.alwaysOn");
            case STOP_WHEN_INACTIVE -> Texts.get("launch.review.inactive", x.uptime().idleHours());
            case SCHEDULE -> Texts.get("launch.review.schedule", x.uptime().stopAt(), x.uptime().startAt());
        });
        s.put(Texts.get("launch.ip.title"), x.ipRestrictions().isEmpty() ? Texts.get("launch.review.ipAnyone")
                : String.join(", ", x.ipRestrictions()));
        s.put(Texts.get("launch.review.network"), Texts.get("launch.review.networkValue",
                x.lbType().isEmpty() ? Texts.get("launch.lbType.prompt") : x.lbType(),
                x.mysqlPort() > 0 ? Texts.get("launch.review.mysqlOn", String.valueOf(x.mysqlPort())) : Texts.get("launch.review.mysqlOff")));
        return s;
    }

    private static String coordination(LaunchRequest r) {
        if (!r.extras().keeperName().isEmpty()) {
            return Texts.get("launch.review.keeper", r.extras().keeperName());
        }
        if (r.zookeeperOptions() == null) {
            return Texts.get("launch.review.zookeeperNone");
        }
        String tag = r.zookeeperOptions().tag().isEmpty() ? Texts.get("launch.review.tagDefault") : r.zookeeperOptions().tag();
        return LaunchRequest.ZookeeperOptions.SINGLE.equals(r.zookeeperOptions().size())
                ? Texts.get("launch.review.zookeeperSingle", tag) : Texts.get("launch.review.zookeeperEnsemble", tag);
    }
}
