package com.accountdesk.ui.common;

import com.accountdesk.testing.Fx;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.RadioButton;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The focused control looks focused, in both themes. The Primer theme draws no focus at all on a
 * table or list (a selected row looks the same focused or not), on a tab pane's tabs, on a tick
 * box, a radio button or a toggle button (Charts… ranges), and on a default, accent or danger button only a shade darker: a keyboard
 * user on My Account's keys, the wizard's Connection page or Launch Cluster… could not see where
 * they were.
 */
@Tag("ui")
class FocusRingUiTest {
    private static Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void lightAgain() {
        Fx.run(() -> {
            stage.hide();
            Application.setUserAgentStylesheet(Theme.stylesheet(false));
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void eachKindOfControlShowsWhenItHasTheFocus(boolean dark) {
        List<String> unseen = Fx.call(() -> {
            Application.setUserAgentStylesheet(Theme.stylesheet(dark));
            List<Supplier<Control>> kinds = List.of(
                    () -> selected(new CheckBox("Secure (TLS)")), () -> new CheckBox("MySQL protocol"),
                    () -> selected(new RadioButton("Development")), () -> new RadioButton("Production"),
                    () -> { Button b = new Button("Connect"); b.setDefaultButton(true); return b; },
                    () -> styled(new Button("Launch Cluster…"), "accent"), () -> styled(new Button("Terminate…"), "danger"),
                    () -> new Button("Cancel"), () -> pill(true), () -> pill(false), FocusRingUiTest::keysTable,
                    () -> new javafx.scene.control.TabPane(new javafx.scene.control.Tab("API Access", new javafx.scene.control.Label("keys")),
                            new javafx.scene.control.Tab("Access Rights", new javafx.scene.control.Label("rights"))),
                    () -> new ListView<>(javafx.collections.FXCollections.observableArrayList("General", "Saved accounts")));
            List<String> out = new ArrayList<>();
            for (Supplier<Control> kind : kinds) {
                Control control = kind.get();
                Button elsewhere = new Button("elsewhere");
                StackPane around = new StackPane(control);
                around.setStyle("-fx-padding: 8;");
                VBox root = new VBox(around, elsewhere);
                Scene scene = new Scene(root, 300, 220);
                scene.getStylesheets().add(Theme.appStylesheet());
                stage.setScene(scene);
                stage.show();
                elsewhere.requestFocus();
                Image unfocused = around.snapshot(null, null);
                control.requestFocus();
                Image focused = around.snapshot(null, null);
                if (!control.isFocused() || same(unfocused, focused)) {
                    out.add(control.getClass().getSimpleName() + (control instanceof Labeled l ? " \"" + l.getText() + "\" " : " ")
                            + control.getStyleClass()
                            + (control instanceof Button b && b.isDefaultButton() ? " default" : ""));
                }
            }
            return out;
        });
        assertEquals(List.of(), unseen, (dark ? "dark" : "light") + ": focused looks the same as not focused");
    }

    /** A range choice of Charts…, chosen or not. */
    private static Control pill(boolean chosen) {
        javafx.scene.control.ToggleButton pill = new javafx.scene.control.ToggleButton(chosen ? "Last day" : "Last hour");
        pill.getStyleClass().add("center-pill");
        pill.setSelected(chosen);
        return pill;
    }

    /** A table with rows and none selected, as My Account's keys are when it opens. */
    private static Control keysTable() {
        TableView<String> table = new TableView<>(javafx.collections.FXCollections.observableArrayList("y81UdW…", "Qx4…"));
        TableColumn<String, String> key = new TableColumn<>("Key");
        key.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue()));
        table.getColumns().add(key);
        table.setPrefHeight(120);
        return table;
    }

    private static <T extends Labeled> T selected(T control) {
        if (control instanceof CheckBox c) {
            c.setSelected(true);
        } else if (control instanceof RadioButton r) {
            r.setSelected(true);
        }
        return control;
    }

    private static Button styled(Button button, String styleClass) {
        button.getStyleClass().add(styleClass);
        return button;
    }

    private static boolean same(Image a, Image b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int differing = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (colourDistance(pa.getArgb(x, y), pb.getArgb(x, y)) > 96) {
                    differing++;
                }
            }
        }
        // A ring around the control, not a shade: a clear change over a good number of pixels.
        return differing < 40;
    }

    private static int colourDistance(int p, int q) {
        return Math.abs((p >> 16 & 0xff) - (q >> 16 & 0xff)) + Math.abs((p >> 8 & 0xff) - (q >> 8 & 0xff))
                + Math.abs((p & 0xff) - (q & 0xff));
    }
}
