package com.accountdesk.ui.launch;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.ui.common.Texts;

import com.accountdesk.model.Cluster;
import com.accountdesk.model.Environment;
import com.accountdesk.ui.common.UiServices;
import com.accountdesk.ui.common.AppWindows;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.SecretClipboard;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import static com.accountdesk.ui.launch.LaunchAction.Phase;

/**
 * The Launch Cluster wizard window: a list of steps, one page at a time, and Cancel / Back / Next /
 * Launch. A small shell of our own rather than ControlsFX's Wizard, because the wizard must jump
 * back to the page of the field a server's 400 names, show each field's problem beside it once it is changed or Next is pressed,
 * and stay open after Launch to show progress, the answer and the safe-retry choices; ControlsFX's
 * Wizard runs its pages as a modal Dialog flow that offers none of these without working against it.
 */
public final class LaunchWizard {
    private final LaunchWizardViewModel vm;
    private final BiConsumer<Environment, Cluster> onLaunched;
    private final Map<WizardPage, WizardPageView> pageViews = new EnumMap<>(WizardPage.class);
    private final Map<WizardPage, Label> stepLabels = new EnumMap<>(WizardPage.class);
    private final BorderPane view;
    private Stage stage;

    @FXML private VBox steps;
    @FXML private StackPane pages;
    @FXML private ScrollPane pagesScroll;
    @FXML private HBox statusBox;
    @FXML private ProgressIndicator launchProgress;
    @FXML private Label launchMessage;
    @FXML private Label launchResult;
    @FXML private Button checkAgainButton;
    @FXML private Label pageHint;
    @FXML private Button wizardCancel;
    @FXML private Button wizardBack;
    @FXML private Button wizardNext;
    @FXML private Button wizardLaunch;

    /** @param onLaunched told (on the FX thread) the environment and cluster once a launch is known to exist */
    public LaunchWizard(LaunchWizardViewModel vm, SecretClipboard clipboard, BiConsumer<Environment, Cluster> onLaunched) {
        this.vm = vm;
        this.onLaunched = onLaunched;
        pageViews.put(WizardPage.ENVIRONMENT, new EnvironmentPage(vm.environmentPage()));
        pageViews.put(WizardPage.CLUSTER, new ClusterPage(vm.cluster()));
        pageViews.put(WizardPage.RESOURCES, new ResourcesPage(vm.resources()));
        pageViews.put(WizardPage.CONNECTION, new ConnectionPage(vm.connection()));
        pageViews.put(WizardPage.HIGH_AVAILABILITY, new HighAvailabilityPage(vm.highAvailability()));
        pageViews.put(WizardPage.REVIEW, new ReviewPage(vm.review(), vm.pageProperty(), clipboard));
        this.view = FxmlViews.load(this, "wizard.fxml");
    }

    /** Opens the wizard for the app's signed-in account, over the main window. */
    public static LaunchWizard open(UiServices services, AcmClient client,
                                    BiConsumer<Environment, Cluster> onLaunched) {
        LaunchWizard[] opened = new LaunchWizard[1];
        LaunchWizard wizard = new LaunchWizard(new LaunchWizardViewModel(client, services.background(),
                DialogService.over(() -> opened[0].stage), services.settings()), services.clipboard(), onLaunched);
        opened[0] = wizard;
        wizard.show(services.windows());
        return wizard;
    }

    public BorderPane view() {
        return view;
    }

    public LaunchWizardViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        for (WizardPage p : WizardPage.values()) {
            Label step = new Label((p.ordinal() + 1) + ". " + p.title());
            step.getStyleClass().add("wizard-step");
            step.setMinWidth(Region.USE_PREF_SIZE);
            step.setId("step-" + p.name().toLowerCase(Locale.ROOT));
            step.setOnMouseClicked(e -> {
                if (vm.launch().editable()) {
                    vm.goTo(p);
                }
            });
            stepLabels.put(p, step);
            steps.getChildren().add(step);
        }
        LaunchAction launch = vm.launch();
        BooleanBinding onReview = vm.pageProperty().isEqualTo(WizardPage.REVIEW);
        BooleanBinding busy = Bindings.createBooleanBinding(() -> launch.phaseProperty().get() == Phase.SENDING
                || launch.phaseProperty().get() == Phase.CHECKING, launch.phaseProperty());
        BooleanBinding editable = Bindings.createBooleanBinding(launch::editable, launch.phaseProperty());
        BooleanBinding launched = launch.phaseProperty().isEqualTo(Phase.LAUNCHED);

        wizardNext.visibleProperty().bind(onReview.not());
        wizardNext.managedProperty().bind(wizardNext.visibleProperty());
        wizardNext.defaultButtonProperty().bind(onReview.not());
        // Next can always be pressed: on a page with problems it shows them beside their fields.
        wizardNext.disableProperty().bind(editable.not());
        wizardLaunch.visibleProperty().bind(onReview.and(launched.not()));
        wizardLaunch.managedProperty().bind(wizardLaunch.visibleProperty());
        wizardLaunch.defaultButtonProperty().bind(onReview);
        wizardLaunch.disableProperty().bind(launch.canLaunch().not());
        wizardLaunch.textProperty().bind(Bindings.when(launch.phaseProperty().isEqualTo(Phase.NOT_FOUND))
                .then(Texts.get("launch.wizard.tryAgain")).otherwise(Texts.get("launch.wizard.launch")));
        wizardBack.disableProperty().bind(vm.pageProperty().isEqualTo(WizardPage.ENVIRONMENT).or(editable.not()));
        wizardCancel.disableProperty().bind(busy);
        wizardCancel.textProperty().bind(Bindings.when(launched).then(Texts.get("launch.wizard.close")).otherwise(Texts.get("launch.wizard.cancel")));
        // On a page of fields only once one of them is marked: before that it is merely not filled in yet.
        pageHint.textProperty().bind(Bindings.createStringBinding(() -> {
            // Read, so each stays valid and tells of the next change anywhere in the wizard.
            boolean allValid = vm.pageValid(WizardPage.REVIEW).get();
            boolean anyMarked = vm.pageMarked(WizardPage.REVIEW).get();
            WizardPage p = vm.pageProperty().get();
            boolean fix = p == WizardPage.REVIEW ? !allValid : anyMarked && vm.pageMarked(p).get();
            return fix ? Texts.get("launch.wizard.fixPage") : "";
        }, vm.pageProperty(), vm.pageValid(WizardPage.REVIEW), vm.pageMarked(WizardPage.REVIEW)));

        launchProgress.visibleProperty().bind(busy);
        launchProgress.managedProperty().bind(launchProgress.visibleProperty());
        ControlBindings.message(launchMessage, launch.messageProperty());
        ControlBindings.message(launchResult, Bindings.createStringBinding(() -> {
            Cluster c = launch.launchedProperty().get();
            return c == null ? "" : Texts.get("launch.wizard.result", c.id(), c.name(), c.status());
        }, launch.launchedProperty()));
        launchMessage.setMaxWidth(Double.MAX_VALUE); // the status line spans the window, unlike a field's reason
        launchResult.setMaxWidth(Double.MAX_VALUE);
        statusBox.visibleProperty().bind(launch.messageProperty().isNotEmpty());
        statusBox.managedProperty().bind(statusBox.visibleProperty());
        checkAgainButton.visibleProperty().bind(launch.phaseProperty().isEqualTo(Phase.CHECK_FAILED));
        checkAgainButton.managedProperty().bind(checkAgainButton.visibleProperty());

        launch.launchedProperty().addListener((obs, old, cluster) -> {
            if (cluster != null) {
                onLaunched.accept(launch.environment(), cluster);
            }
        });
        vm.pageProperty().addListener((obs, old, page) -> {
            showPage(page);
            if (page == WizardPage.REVIEW) {
                vm.options().checkLaunchValidity(); // the pre-flight, each time the review is shown
            }
        });
        showPage(vm.pageProperty().get());
    }

    private void showPage(WizardPage page) {
        pages.getChildren().setAll(pageViews.get(page).view());
        pagesScroll.setVvalue(0);
        stepLabels.forEach((p, label) -> {
            label.getStyleClass().removeAll("current", "done");
            if (p == page) {
                label.getStyleClass().add("current");
            } else if (p.ordinal() < page.ordinal()) {
                label.getStyleClass().add("done");
            }
        });
        Platform.runLater(() -> pageViews.get(page).focus());
    }

    /** Shows the wizard in a window of its own over the main window and loads the environments. */
    public void show(AppWindows windows) {
        stage = windows.open(windows.main(), "launchWizard", Texts.get("launch.wizard.title"), new Scene(view));
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
            }
        });
        // The admin password does not stay in memory-bound fields after the window is gone.
        stage.setOnHidden(e -> vm.forgetPassword());
        vm.environmentPage().loadEnvironments();
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    @FXML
    private void next() {
        WizardPage before = vm.pageProperty().get();
        vm.next();
        if (vm.pageProperty().get() == before) {
            pageViews.get(before).focus(); // the page stays, its problems now shown: back to its first field
        }
    }

    @FXML
    private void back() {
        vm.back();
    }

    @FXML
    private void launch() {
        vm.launch().launch();
    }

    @FXML
    private void checkAgain() {
        vm.launch().checkAgain();
    }

    @FXML
    private void cancel() {
        if (mayClose()) {
            stage.hide();
        }
    }

    /** Asks first when closing would lose what was typed; never while a launch is on its way (the view-model decides). */
    private boolean mayClose() {
        return vm.mayClose();
    }
}
