package com.accountdesk.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import com.accountdesk.ui.common.LazyProgressIndicator;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

import java.util.function.Function;

/**
 * What an empty table or list shows instead of blank rows: a spinner while loading, what went wrong
 * (with a Try again button) after a failure, or why it is empty. Set it as the control's placeholder:
 * <pre>{@code
 * table.setPlaceholder(ListPlaceholder.builder()
 *         .loading(vm.loadingProperty(), "Loading environments…")
 *         .error(vm.errorProperty(), "Could not load the environments.", vm::refresh)
 *         .empty(Bindings.when(...).then("No environment yet.").otherwise("Nothing matches the search."))
 *         .build());
 * }</pre>
 */
public final class ListPlaceholder extends StackPane {
    public enum State { LOADING, ERROR, EMPTY }

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.EMPTY);
    private final Label title = new Label();
    private final Label detail = new Label();
    private final ProgressIndicator spinner = new LazyProgressIndicator();
    private final Button retry = Icons.withIcon(new Button(Texts.get("common.list.retry")), AppIcon.REFRESH);
    private final StackPane graphic;
    private final VBox box;

    private ListPlaceholder(Builder b) {
        getStyleClass().add("list-placeholder");
        setId("placeholder");
        title.setId("placeholderTitle");
        title.getStyleClass().add("placeholder-title");
        title.setWrapText(true);
        detail.setId("placeholderDetail");
        detail.getStyleClass().addAll("placeholder-detail", Styles.TEXT_MUTED);
        detail.setWrapText(true);
        retry.setId("retryButton");
        retry.setMnemonicParsing(true);
        retry.setOnAction(e -> b.retry.run());
        spinner.setPrefSize(28, 28);
        spinner.setMaxSize(28, 28);

        ObjectBinding<State> current = Bindings.createObjectBinding(() -> {
            if (b.loading.get()) {
                return State.LOADING;
            }
            return b.error.get() == null || b.error.get().isBlank() ? State.EMPTY : State.ERROR;
        }, b.loading, b.error);
        state.bind(current);

        Node errorIcon = Icons.icon(AppIcon.ERROR);
        errorIcon.getStyleClass().add("placeholder-error-icon");
        Node emptyIcon = Icons.icon(AppIcon.EMPTY);
        emptyIcon.getStyleClass().add("placeholder-icon");
        graphic = new StackPane(spinner, errorIcon, emptyIcon);
        spinner.visibleProperty().bind(state.isEqualTo(State.LOADING));
        errorIcon.visibleProperty().bind(state.isEqualTo(State.ERROR));
        emptyIcon.visibleProperty().bind(state.isEqualTo(State.EMPTY));

        title.textProperty().bind(Bindings.createStringBinding(() -> switch (state.get()) {
            case LOADING -> b.loadingText;
            case ERROR -> b.errorTitle;
            case EMPTY -> b.empty.getValue();
        }, state, b.empty));
        detail.textProperty().bind(Bindings.createStringBinding(
                () -> state.get() == State.ERROR ? b.error.get() : "", state, b.error));
        detail.visibleProperty().bind(detail.textProperty().isNotEmpty());
        detail.managedProperty().bind(detail.visibleProperty());
        retry.visibleProperty().bind(b.retry == null ? new SimpleBooleanProperty(false) : state.isEqualTo(State.ERROR));
        retry.managedProperty().bind(retry.visibleProperty());
        // A placeholder is read out as one piece: what state the list is in, then why.
        accessibleTextProperty().bind(Bindings.concat(title.textProperty(), ". ", detail.textProperty()));

        box = new VBox(8, graphic, title, detail, retry);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(460);
        title.setAlignment(Pos.CENTER);
        detail.setAlignment(Pos.CENTER);
        title.setTextAlignment(TextAlignment.CENTER);
        detail.setTextAlignment(TextAlignment.CENTER);
        getChildren().add(box);
    }

    /**
     * In a list too short for all of it (a small window), the words keep their lines and the icon
     * above them goes: squeezed, the title was cut to "…".
     */
    @Override
    protected void layoutChildren() {
        boolean room = snappedTopInset() + iconHeight() + wordsHeight() + snappedBottomInset() <= getHeight();
        graphic.setVisible(room);
        graphic.setManaged(room);
        super.layoutChildren();
    }

    /**
     * Room for the words and the retry button, whole (the icon may go): a table is no shorter than
     * its placeholder's minimum, so in a short window the pane around it scrolls rather than cutting
     * an error's explanation or hiding its Retry.
     */
    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + wordsHeight() + snappedBottomInset();
    }

    private double iconHeight() {
        return graphic.prefHeight(-1) + box.getSpacing();
    }

    /** The box's height without the icon, its lines wrapped as wide as the box may be. */
    private double wordsHeight() {
        double room = getWidth() > 0 ? getWidth() - snappedLeftInset() - snappedRightInset() : box.getMaxWidth();
        return box.prefHeight(Math.min(room, box.getMaxWidth())) - (graphic.isManaged() ? iconHeight() : 0);
    }

    /**
     * Shows a failed reload above a list that still has rows (over an empty list the placeholder
     * tells of it), saying the rows are as last loaded.
     */
    public static void bindStaleError(Label label, ObservableStringValue error, ObservableList<?> rows) {
        label.textProperty().bind(Bindings.createStringBinding(() -> error.get() == null || error.get().isEmpty() ? ""
                : Texts.get("common.list.stale", error.get()), error));
        label.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> error.get() != null && !error.get().isEmpty() && !rows.isEmpty(), error, rows));
        label.managedProperty().bind(label.visibleProperty());
    }

    /** A text column showing {@code value} of each row, sorted in the language's order ({@link TextOrder}). */
    public static <R> void textColumn(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setComparator(new TextOrder());
    }

    public static Builder builder() {
        return new Builder();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** The headline shown now, e.g. "No environment matches the search." */
    public String message() {
        return title.getText();
    }

    /** The error's explanation while in the error state, else "". */
    public String detail() {
        return detail.getText();
    }

    public Button retryButton() {
        return retry;
    }

    public static final class Builder {
        private ObservableBooleanValue loading = new SimpleBooleanProperty(false);
        private String loadingText = Texts.get("common.list.loading");
        private ObservableStringValue error = new SimpleStringProperty("");
        private String errorTitle = Texts.get("common.list.failed");
        private Runnable retry;
        private ObservableValue<String> empty = new SimpleStringProperty(Texts.get("common.list.empty"));

        private Builder() {
        }

        /** While {@code loading} is true: a spinner and {@code text}. */
        public Builder loading(ObservableBooleanValue loading, String text) {
            this.loading = loading;
            this.loadingText = text;
            return this;
        }

        /** While {@code error} is not blank: {@code title}, the error itself, and Try again (running {@code retry}). */
        public Builder error(ObservableStringValue error, String title, Runnable retry) {
            this.error = error;
            this.errorTitle = title;
            this.retry = retry;
            return this;
        }

        /** Otherwise: why the list is empty, e.g. "No API keys yet: press Add to create one." */
        public Builder empty(ObservableValue<String> text) {
            this.empty = text;
            return this;
        }

        public Builder empty(String text) {
            return empty(new SimpleStringProperty(text));
        }

        public ListPlaceholder build() {
            return new ListPlaceholder(this);
        }
    }
}
