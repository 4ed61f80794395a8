package com.accountdesk.testing;

import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * "Fits and can be reached", one window at a time: no text cut, none past the window's edge, the
 * window on its screen and every control inside it or in a scroll pane that scrolls to it. Problems
 * are gathered over a whole walk, so one run names them all.
 */
public final class FitCheck {
    private final List<String> problems = new ArrayList<>();

    /** Checks {@code window} as it is now; {@code where} names the step in the report. */
    public void check(String where, Window window) {
        Fx.call(() -> Clipping.clipped(window.getScene().getRoot())).forEach(p -> problems.add(where + ": text cut: " + p));
        Fx.call(() -> Clipping.pastTheEdge(window.getScene())).forEach(p -> problems.add(where + ": text past the window's edge: " + p));
        Fx.call(() -> Reachability.unreachable(window)).forEach(p -> problems.add(where + ": cannot be reached: " + p));
    }

    /** Every problem seen so far, one a line; empty when all fitted. */
    public String report() {
        return String.join("\n", problems);
    }
}
