package com.accountdesk.testing;

import com.accountdesk.ui.common.DialogService;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A {@link DialogService} for view-model tests: confirmations are answered from a script (none
 * scripted → the test fails, so an unexpected question is never silently accepted), and every
 * question, error and notice is recorded for the test to check.
 */
public final class ScriptedDialogs implements DialogService {
    private final Deque<Boolean> answers = new ArrayDeque<>();
    public final List<Confirmation> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();

    /** The next confirmations are answered with these, in order. */
    public ScriptedDialogs answer(boolean... next) {
        for (boolean b : next) {
            answers.add(b);
        }
        return this;
    }

    @Override
    public boolean confirm(Confirmation question) {
        asked.add(question);
        if (answers.isEmpty()) {
            throw new AssertionError("asked an unexpected question: " + question);
        }
        return answers.poll();
    }

    @Override
    public void error(String title, String text) {
        errors.add(title + ": " + text);
    }

    @Override
    public void notice(String title, String text) {
        notices.add(title + ": " + text);
    }

    public Confirmation lastQuestion() {
        if (asked.isEmpty()) {
            throw new AssertionError("no question was asked");
        }
        return asked.get(asked.size() - 1);
    }
}
