package com.accountdesk.ui.launch;

import com.accountdesk.model.LaunchRequest;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.SecretClipboard;
import com.accountdesk.ui.common.KeyboardFocus;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Page 6: a summary, the JSON body Launch sends (password masked on screen unless shown), and
 * "Copy as curl" / "Copy as JSON". Both copies hold the admin password, so both go to the clipboard
 * as secrets, which clear themselves.
 */
final class ReviewPage implements WizardPageView {
    private final LaunchWizardViewModel vm;
    private final SecretClipboard clipboard;
    private final Parent view;

    @FXML private GridPane summary;
    @FXML private Label preflightMessage;
    @FXML private CheckBox showPasswordReview;
    @FXML private TextArea reviewJson;
    @FXML private Button copyCurl;
    @FXML private CheckBox includeToken;
    @FXML private Button copyJson;
    @FXML private Label copyNote;

    ReviewPage(LaunchWizardViewModel vm, SecretClipboard clipboard) {
        this.vm = vm;
        this.clipboard = clipboard;
        this.view = FxmlViews.load(this, "review-page.fxml");
    }

    @FXML
    private void initialize() {
        preflightMessage.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            com.accountdesk.model.LaunchValidity v = vm.preflightProperty().get();
            String env = vm.environmentProperty().get() == null ? "" : vm.environmentProperty().get().name();
            if (vm.preflightCheckingProperty().get()) {
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
        }, vm.preflightProperty(), vm.preflightCheckingProperty(), vm.environmentProperty()));
        preflightMessage.visibleProperty().bind(preflightMessage.textProperty().isNotEmpty());
        preflightMessage.managedProperty().bind(preflightMessage.visibleProperty());
        vm.preflightProperty().addListener((obs, old, v) -> {
            preflightMessage.getStyleClass().removeAll("error-text", "success-text");
            if (v != null && v.verdict() == com.accountdesk.model.LaunchValidity.Verdict.REFUSED) {
                preflightMessage.getStyleClass().add("error-text");
            } else if (v != null && v.verdict() == com.accountdesk.model.LaunchValidity.Verdict.VALID) {
                preflightMessage.getStyleClass().add("success-text");
            }
        });
        KeyboardFocus.tabLeaves(reviewJson);
        reviewJson.setAccessibleText(Texts.get("launch.review.jsonAccessible"));
        showPasswordReview.selectedProperty().bindBidirectional(vm.showPasswordProperty());
        showPasswordReview.selectedProperty().addListener((obs, was, now) -> refresh());
        vm.pageProperty().addListener((obs, old, page) -> {
            if (page == WizardPage.REVIEW) {
                refresh();
            }
        });
        copyNote.setText(Texts.get("launch.review.copyNote"));
    }

    /** Rebuilds the summary and the JSON from the fields as they are now. */
    void refresh() {
        if (!vm.pageValid(WizardPage.REVIEW).get()) {
            return;
        }
        LaunchRequest r = vm.request();
        summary.getChildren().clear();
        int row = 0;
        for (Map.Entry<String, String> e : summaryOf(r).entrySet()) {
            Label key = new Label(e.getKey());
            key.getStyleClass().add("summary-key");
            Label value = new Label(e.getValue());
            value.setId("summary-" + row);
            summary.addRow(row++, key, value);
        }
        reviewJson.setText(LaunchPreview.forScreen(vm.client(), r, vm.showPasswordProperty().get()));
    }

    private Map<String, String> summaryOf(LaunchRequest r) {
        Map<String, String> s = new LinkedHashMap<>();
        var env = vm.environmentProperty().get();
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
        if (!vm.storageClasses().isEmpty()) {
            s.put(Texts.get("launch.review.storageClass"), r.extras().storageClass().isEmpty()
                    ? Texts.get("launch.storageClass.default") : r.extras().storageClass());
        }
        String https = String.valueOf(r.httpsPort());
        String tcp = String.valueOf(r.tcpPortSecure());
        s.put(Texts.get("launch.review.connection"), r.secure() ? Texts.get("launch.review.connectionSecure", https, tcp)
                : Texts.get("launch.review.connectionPlain", https, tcp));
        LaunchRequest.Extras x = r.extras();
        String zookeeper;
        if (!x.keeperName().isEmpty()) {
            zookeeper = Texts.get("launch.review.keeper", x.keeperName());
        } else if (r.zookeeperOptions() == null) {
            zookeeper = Texts.get("launch.review.zookeeperNone");
        } else {
            String tag = r.zookeeperOptions().tag().isEmpty() ? Texts.get("launch.review.tagDefault") : r.zookeeperOptions().tag();
            zookeeper = LaunchRequest.ZookeeperOptions.SINGLE.equals(r.zookeeperOptions().size())
                    ? Texts.get("launch.review.zookeeperSingle", tag) : Texts.get("launch.review.zookeeperEnsemble", tag);
        }
        s.put(Texts.get("launch.review.zookeeper"), zookeeper);
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

    @FXML
    private void copyCurl() {
        clipboard.copy(LaunchPreview.curl(vm.client(), vm.environmentProperty().get().id(), vm.request(),
                includeToken.isSelected()));
        copyNote.setText(includeToken.isSelected() ? Texts.get("launch.review.copiedCurlWithKey")
                : Texts.get("launch.review.copiedCurl", LaunchPreview.TOKEN_PLACEHOLDER));
    }

    @FXML
    private void copyJson() {
        clipboard.copy(LaunchPreview.json(vm.client(), vm.request()));
        copyNote.setText(Texts.get("launch.review.copiedJson"));
    }

    @Override
    public Parent view() {
        return view;
    }

    @Override
    public void focus() {
        reviewJson.requestFocus();
    }
}
