package com.accountdesk.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The user's settings as a small properties file in the config folder. Never a secret here: keys
 * and tokens belong in the credential store. Each feature names its own keys as constants.
 */
public final class Settings {
    private static final Logger LOG = Logger.getLogger(Settings.class.getName());

    private final Path file;
    /** Null when kept in memory. */
    private final SharedFile shared;
    private final Properties values = new Properties();
    private String notice = "";
    /** Told once, of the first save that failed (the values stay in memory for this run). */
    private Consumer<Path> onSaveFailure = file -> { };
    private boolean saveFailed;

    /** @param file where to keep them; null keeps them in memory (tests) */
    public Settings(Path file) {
        this.file = file;
        this.shared = file == null ? null : new SharedFile(file);
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) { // a bad \\u escape is an IllegalArgumentException
                values.clear();
                try {
                    notice = AtomicFile.keptAsideNotice("The settings file", file, AtomicFile.keepAside(file))
                            + " Default settings are used.";
                } catch (IOException notMoved) {
                    notice = "The settings file " + file + " could not be read; default settings are used.";
                }
                LOG.log(Level.WARNING, notice + " ({0})", e.getClass().getSimpleName());
            }
            shared.seen();
        } else if (file != null && Files.exists(file)) {
            notice = "The settings file " + file + " could not be read (it is not a file); default settings are used.";
            LOG.log(Level.WARNING, notice);
        }
    }

    /**
     * Who is told when the settings cannot be saved (a full disk, a read-only folder): once per run,
     * with the file. The change is kept in memory meanwhile, so the app goes on as the user asked.
     */
    public synchronized void onSaveFailure(Consumer<Path> listener) {
        this.onSaveFailure = listener;
    }

    /** What was wrong with the file when it was read (a sentence for the user), or "". */
    public String notice() {
        return notice;
    }

    public static Settings inMemory() {
        return new Settings(null);
    }

    public synchronized String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public synchronized int getInt(String key, int fallback) {
        try {
            return Integer.parseInt(values.getProperty(key, String.valueOf(fallback)).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * An int setting checked when read: a value that is not a number or lies outside
     * {@code min..max} (a hand-edited file) gives {@code fallback}, so no caller acts on it.
     */
    public synchronized int getInt(String key, int fallback, int min, int max) {
        int value = getInt(key, fallback);
        return value < min || value > max ? fallback : value;
    }

    public synchronized double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, String.valueOf(fallback)).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public synchronized boolean getBoolean(String key, boolean fallback) {
        String v = values.getProperty(key);
        return v == null ? fallback : Boolean.parseBoolean(v.trim());
    }

    /** Sets (or with null removes) a value and saves at once. */
    public synchronized void put(String key, Object value) {
        Map<String, Object> change = new HashMap<>();
        change.put(key, value);
        putAll(change);
    }

    /**
     * Sets (or with null removes) several values and saves once: one write, not one per value. The
     * change is made on the file as it is now, under its lock: what another Account Desk saved
     * meanwhile is read first and kept.
     */
    public synchronized void putAll(Map<String, ?> changes) {
        if (file == null) {
            apply(changes);
            return;
        }
        try {
            shared.underLock(() -> {
                readOthersChanges();
                apply(changes);
                AtomicFile.write(file, out -> values.store(out, "Account Desk settings"));
                shared.seen();
                return null;
            });
        } catch (IOException e) {
            apply(changes); // kept in memory for this run
            LOG.log(Level.WARNING, "cannot save settings to {0} ({1})", new Object[]{file, e.getClass().getSimpleName()});
            if (!saveFailed) {
                saveFailed = true;
                onSaveFailure.accept(file);
            }
        }
    }

    private void apply(Map<String, ?> changes) {
        changes.forEach((key, value) -> {
            if (value == null) {
                values.remove(key);
            } else {
                values.setProperty(key, String.valueOf(value));
            }
        });
    }

    /**
     * The file as another process left it, if it changed since this one read or wrote it; values
     * this run could not save (a failed write leaves the file unchanged) are not read over.
     */
    private void readOthersChanges() {
        if (!shared.changedSinceSeen() || !Files.isRegularFile(file)) {
            return;
        }
        Properties now = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            now.load(in);
        } catch (IOException | IllegalArgumentException unreadable) {
            LOG.log(Level.WARNING, "the settings file changed and cannot be read ({0}); this run's settings are written",
                    unreadable.getClass().getSimpleName());
            return;
        }
        values.clear();
        values.putAll(now);
    }
}
