package com.accountdesk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Everything java.util.logging emits at every level (DEBUG and finer included), formatted as a log
 * file would show it, with the stack traces: for checking that no secret is ever logged.
 */
public final class LogCapture extends Handler implements AutoCloseable {
    private final List<String> lines = new ArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Level oldLevel;
    private final SimpleFormatter formatter = new SimpleFormatter();

    public LogCapture() {
        setLevel(Level.ALL);
        oldLevel = root.getLevel();
        root.setLevel(Level.ALL);
        // Loggers given their own level would still filter: open them all.
        java.util.Collections.list(java.util.logging.LogManager.getLogManager().getLoggerNames())
                .forEach(name -> {
                    Logger l = Logger.getLogger(name);
                    if (l.getLevel() != null && l != root) {
                        l.setLevel(Level.ALL);
                    }
                });
        root.addHandler(this);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        lines.add(formatter.format(record));
    }

    public synchronized String text() {
        return String.join("", lines);
    }

    public synchronized int count() {
        return lines.size();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
        root.setLevel(oldLevel);
    }
}
