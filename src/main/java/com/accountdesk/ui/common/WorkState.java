package com.accountdesk.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * What a pane's view-model says of its calls: busy while one runs, a status line after it went
 * well, an error line after it failed (the status then goes). One per view-model; the controller
 * shows it with {@link WorkStateView}. Toolkit-free, like the view-models that hold it.
 */
public final class WorkState {
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final String failurePrefix;

    public WorkState() {
        this("");
    }

    /** @param failurePrefix a sentence put before every failure's description ("" for none) */
    public WorkState(String failurePrefix) {
        this.failurePrefix = failurePrefix == null || failurePrefix.isEmpty() ? "" : failurePrefix + " ";
    }

    /** The flag {@link Background#run} sets while the work runs. */
    public BooleanProperty busyFlag() {
        return busy;
    }

    /** A new call begins: the last error goes. */
    public void begin() {
        error.set("");
    }

    public void status(String text) {
        status.set(text == null ? "" : text);
    }

    /** A call failed: its description replaces the status line. */
    public void fail(Throwable failure) {
        fail(ErrorMessages.describe(failure));
    }

    public void fail(String description) {
        status.set("");
        error.set(failurePrefix + description);
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
