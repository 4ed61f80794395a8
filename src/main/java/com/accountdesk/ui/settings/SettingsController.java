package com.accountdesk.ui.settings;

import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.FxmlViews;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import com.accountdesk.ui.common.AppWindows;

/**
 * The Settings window: one titled section per concern. Features add theirs with
 * {@link #addSection} (e.g. the theme switch), so this class does not grow with each of them.
 */
public final class SettingsController {
    private final SettingsViewModel viewModel;
    private final Parent view;

    @FXML private VBox sections;
    @FXML private Label secretsWhere;
    @FXML private Label secretsWarning;
    @FXML private Spinner<Integer> clipboardSpinner;
    @FXML private TextField logFolderField;
    @FXML private TitledPane faultsPane;
    @FXML private Spinner<Integer> latencySpinner;
    @FXML private Spinner<Double> failSpinner;
    @FXML private Spinner<Double> dropSpinner;
    @FXML private Spinner<Double> malformedSpinner;
    @FXML private Spinner<Double> hugeSpinner;

    public SettingsController(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
        this.view = FxmlViews.load(this, "settings.fxml");
    }

    public Parent view() {
        return view;
    }

    /** Adds a section below the built-in ones. */
    public void addSection(String title, Node content) {
        addSection(sections.getChildren().size(), title, content);
    }

    /** Adds a section at {@code position} (0 is the top), for those a user looks for first. */
    public void addSection(int position, String title, Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setCollapsible(false);
        sections.getChildren().add(Math.min(position, sections.getChildren().size()), pane);
    }

    /** Opens the window over the main window, dressed like every window; Escape closes it. */
    public Stage show(AppWindows windows) {
        // Scrolls when the sections are taller than the screen.
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Stage stage = windows.open(windows.main(), "settings", Texts.get("settings.title"), new Scene(scroll));
        stage.initModality(Modality.NONE);
        stage.getScene().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.show();
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

        faultsPane.visibleProperty().bind(viewModel.faultsAvailableProperty());
        faultsPane.managedProperty().bind(faultsPane.visibleProperty());
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
