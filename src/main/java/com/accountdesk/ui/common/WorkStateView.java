package com.accountdesk.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/** Shows a {@link WorkState}: a spinner while busy, the status and error lines only when they say something. */
public final class WorkStateView {
    private WorkStateView() {
    }

    public static void bind(WorkState work, ProgressIndicator progress, Label status, Label error) {
        progress.visibleProperty().bind(work.busyProperty());
        status.textProperty().bind(work.statusProperty());
        shownWhen(status, work.statusProperty().isNotEmpty());
        error.textProperty().bind(work.errorProperty());
        shownWhen(error, work.errorProperty().isNotEmpty());
    }

    /** The node is there, and takes room, only while {@code when} holds. */
    public static void shownWhen(Node node, ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }
}
