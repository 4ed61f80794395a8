package com.accountdesk.ui.settings;

import com.accountdesk.model.Secret;
import com.accountdesk.ui.common.AppWindows;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.ScrollWhenShort;
import com.accountdesk.ui.common.KeyboardFocus;
import com.accountdesk.ui.common.Texts;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Settings window: a list of sections beside the chosen section's page, so each fits a small
 * screen and one taller than the window scrolls by itself. Features add their sections with
 * {@link #addSection} (e.g. the theme switch), so this class does not grow with each of them.
 */
public final class SettingsController {
    private final SettingsViewModel viewModel;
    private final Parent view;
    private final Map<String, Node> pages = new LinkedHashMap<>();

    @FXML private ListView<String> sectionList;
    @FXML private StackPane sectionPage;
    @FXML private VBox credentialsSection;
    @FXML private GridPane clipboardSection;
    @FXML private VBox logSection;
    @FXML private VBox faultsSection;
    @FXML private Label secretsWhere;
    @FXML private Label secretsWarning;
    @FXML private Spinner<Integer> clipboardSpinner;
    @FXML private TextField logFolderField;
    @FXML private Spinner<Integer> latencySpinner;
    @FXML private Spinner<Double> failSpinner;
    @FXML private Spinner<Double> dropSpinner;
    @FXML private Spinner<Double> malformedSpinner;
    @FXML private Spinner<Double> hugeSpinner;
    @FXML private Label demoKeyStatus;
    private Consumer<Secret> clipboard = secret -> { };

    public SettingsController(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
        this.view = FxmlViews.load(this, "settings.fxml");
    }

    public Parent view() {
        return view;
    }

    /** Adds a section below the built-in ones. */
    public void addSection(String title, Node content) {
        addSection(sectionList.getItems().size(), title, content);
    }

    /** Adds a section at {@code position} (0 is the top), for those a user looks for first. */
    public void addSection(int position, String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox page = new VBox(12, heading, content);
        page.getStyleClass().add("settings-page");
        FxmlViews.keepNamesWhole(page);
        pages.put(title, new ScrollWhenShort(page, "pane-scroll", "edge-to-edge"));
        sectionList.getItems().add(Math.min(position, sectionList.getItems().size()), title);
        if (sectionList.getSelectionModel().isEmpty()) {
            sectionList.getSelectionModel().select(0);
        }
    }

    /** Shows the section called {@code title}, as choosing it in the list does. */
    public void showSection(String title) {
        sectionList.getSelectionModel().select(title);
    }

    /** Opens the window over the main window, dressed like every window; Escape closes it. */
    public Stage show(AppWindows windows) {
        Stage stage = windows.open(windows.main(), "settings", Texts.get("settings.title"), new Scene(view));
        stage.initModality(Modality.NONE);
        KeyboardFocus.escapeCloses(stage.getScene(), stage::close); // the section list would otherwise take Escape for itself
        stage.show();
        sectionList.requestFocus();
        return stage;
    }

    @FXML
    private void initialize() {
        secretsWhere.textProperty().bind(viewModel.secretsWhereProperty());
        secretsWarning.textProperty().bind(viewModel.secretsWarningProperty());
        secretsWarning.visibleProperty().bind(viewModel.secretsWarningProperty().isNotEmpty());
        secretsWarning.managedProperty().bind(secretsWarning.visibleProperty());
        integer(clipboardSpinner, 5, 600, 5, viewModel.clipboardSecondsProperty());
        logFolderField.setText(viewModel.logFolder());

        sectionList.getSelectionModel().selectedItemProperty().addListener((obs, old, title) ->
                sectionPage.getChildren().setAll(title == null ? List.of() : List.of(pages.get(title))));
        demoKeyStatus.textProperty().bind(viewModel.demoKeyStatusProperty());
        addSection(Texts.get("settings.savedCredentials"), credentialsSection);
        addSection(Texts.get("settings.clipboard"), clipboardSection);
        addSection(Texts.get("settings.logFiles"), logSection);
        if (viewModel.faultsAvailableProperty().get()) {
            addSection(Texts.get("settings.sandboxFaultInjectionThis"), faultsSection);
        }
        integer(latencySpinner, 0, 30_000, 100, viewModel.latencyMillisProperty());
        rate(failSpinner, viewModel.failRateProperty());
        rate(dropSpinner, viewModel.dropRateProperty());
        rate(malformedSpinner, viewModel.malformedRateProperty());
        rate(hugeSpinner, viewModel.hugeRateProperty());
    }

    @FXML
    private void resetFaults() {
        viewModel.resetFaults();
    }

    /** Where a demo key goes: the app's clipboard for secrets. */
    public void copySecretsWith(Consumer<Secret> clipboard) {
        this.clipboard = clipboard;
    }

    @FXML
    private void makeDemoKey() {
        viewModel.makeDemoKey(clipboard);
    }

    private static void integer(Spinner<Integer> spinner, int min, int max, int step, IntegerProperty property) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, property.get(), step);
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        factory.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                property.set(v);
            }
        });
        property.addListener((obs, old, v) -> factory.setValue(v.intValue()));
    }

    private static void rate(Spinner<Double> spinner, DoubleProperty property) {
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1, property.get(), 0.05);
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        factory.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                property.set(v);
            }
        });
        property.addListener((obs, old, v) -> factory.setValue(v.doubleValue()));
    }
}
