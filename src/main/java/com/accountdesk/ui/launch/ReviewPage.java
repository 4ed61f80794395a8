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
                return "Checking with ACM that a cluster can be launched in " + env + "…";
            }
            if (v == null) {
                return "";
            }
            return switch (v.verdict()) {
                case VALID -> "ACM accepts a new cluster in " + env + ".";
                case REFUSED -> "ACM refuses a new cluster in " + env + ": " + v.reason();
                case UNKNOWN -> "Could not check with ACM beforehand; Launch is still checked by ACM. (" + v.reason() + ")";
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
        reviewJson.setAccessibleText("The JSON body that Launch sends");
        showPasswordReview.selectedProperty().bindBidirectional(vm.showPasswordProperty());
        showPasswordReview.selectedProperty().addListener((obs, was, now) -> refresh());
        vm.pageProperty().addListener((obs, old, page) -> {
            if (page == WizardPage.REVIEW) {
                refresh();
            }
        });
        copyNote.setText("Copies hold the admin password and leave the clipboard after a while.");
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
        s.put("Environment", env.name() + " (id " + env.id() + ")");
        s.put("Name", r.name());
        s.put("Role", LaunchRequest.ROLE_PRODUCTION.equals(r.role()) ? "Production" : "Development");
        s.put("ClickHouse version", r.version().isEmpty() ? "the environment's default" : r.version());
        s.put("Admin user", r.adminUser() + " (password of " + r.adminPass().length() + " characters)");
        s.put("Node type", r.nodeType());
        s.put("Topology", r.shards() + " shard(s) × " + r.replicas() + " replica(s), " + r.nodes() + " node(s)");
        s.put("Disk", r.sizeGb() + " GB per node");
        s.put("Connection", (r.secure() ? "secure" : "not secure") + ", HTTPS port " + r.httpsPort()
                + ", secure TCP port " + r.tcpPortSecure());
        s.put("ZooKeeper", r.zookeeperOptions() == null ? "none"
                : "launch a new one, " + (LaunchRequest.ZookeeperOptions.SINGLE.equals(r.zookeeperOptions().size())
                ? "single node" : "three-node ensemble") + ", tag "
                + (r.zookeeperOptions().tag().isEmpty() ? "default" : r.zookeeperOptions().tag()));
        LaunchRequest.Extras x = r.extras();
        if (!x.keeperName().isEmpty()) {
            s.put("ZooKeeper", Texts.get("launch.review.keeper", x.keeperName()));
        }
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
        copyNote.setText("Copied the curl command" + (includeToken.isSelected() ? " with your API key" : " (API key as "
                + LaunchPreview.TOKEN_PLACEHOLDER + ")") + ". It leaves the clipboard after a while: it holds the admin password.");
    }

    @FXML
    private void copyJson() {
        clipboard.copy(LaunchPreview.json(vm.client(), vm.request()));
        copyNote.setText("Copied the JSON body. It leaves the clipboard after a while: it holds the admin password.");
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
