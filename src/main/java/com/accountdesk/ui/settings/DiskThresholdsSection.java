package com.accountdesk.ui.settings;

import com.accountdesk.ui.common.Texts;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Settings window's "Disk gauges", bound to its {@link DiskThresholdsViewModel}. */
public final class DiskThresholdsSection {
    private final VBox view;

    public DiskThresholdsSection(DiskThresholdsViewModel viewModel) {
        // The spinners go 0–100 so an out-of-range value can be typed and told about, not silently clamped.
        Spinner<Integer> amber = spinner("diskAmberSpinner", viewModel.amberProperty().get(), Texts.get("settings.disk.amberAccessible"));
        Spinner<Integer> red = spinner("diskRedSpinner", viewModel.redProperty().get(), Texts.get("settings.disk.redAccessible"));
        amber.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                viewModel.amberProperty().set(v);
            }
        });
        red.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                viewModel.redProperty().set(v);
            }
        });
        Label amberLabel = new Label(Texts.get("settings.disk.amber"));
        amberLabel.setLabelFor(amber);
        amberLabel.setMnemonicParsing(true);
        Label redLabel = new Label(Texts.get("settings.disk.red"));
        redLabel.setLabelFor(red);
        redLabel.setMnemonicParsing(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, amberLabel, amber, new Label("%"));
        grid.addRow(1, redLabel, red, new Label("%"));
        Label problem = new Label();
        problem.setId("diskThresholdsProblem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label hint = new Label(Texts.get("settings.disk.hint"));
        hint.getStyleClass().add("hint-text");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        view = new VBox(8, grid, problem, hint);
    }

    private static Spinner<Integer> spinner(String id, int value, String accessible) {
        Spinner<Integer> s = new Spinner<>(0, 100, value, 1);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(90);
        s.setAccessibleText(accessible);
        return s;
    }

    public Node view() {
        return view;
    }
}
