package com.accountdesk.ui.keys;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;

/**
 * A short sentence saying what the last action did. It goes by itself {@link #SHOWN_FOR} after it
 * was shown, unless another has replaced it meanwhile (that one gets its own time).
 */
public final class StatusLine {
    public static final Duration SHOWN_FOR = Duration.ofSeconds(6);

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final OneShotTimer later;
    private long shown;

    public StatusLine(OneShotTimer later) {
        this.later = later;
    }

    public void show(String sentence) {
        long mine = ++shown;
        text.set(sentence);
        later.after(SHOWN_FOR, () -> {
            if (shown == mine) {
                text.set("");
            }
        });
    }

    public void clear() {
        shown++;
        text.set("");
    }

    public String get() {
        return text.get();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
