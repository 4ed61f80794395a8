package com.accountdesk.keys;

import com.accountdesk.io.AtomicFile;
import com.accountdesk.io.SharedFile;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A JSON object of named entries kept in a file the app and another Account Desk may both change
 * (key names, rotations): read again under the file's lock before each change, written whole and
 * owner-only. A file that is not such an object, or holds entries that cannot be read (null, a
 * field missing), is never overwritten: it is set aside as {@code NAME.corrupt-DATE} with a
 * {@link #notice()}, and the readable entries are kept. Callers hold their own lock.
 */
final class JsonMapFile<V> {
    private static final Logger LOG = Logger.getLogger(JsonMapFile.class.getName());

    private final Path file;
    private final SharedFile shared;
    private final ObjectMapper mapper;
    private final JavaType valueType;
    private final Predicate<V> readable;
    /** What the file is, for the notice, e.g. "The key names file". */
    private final String what;
    private String notice = "";

    JsonMapFile(Path file, ObjectMapper mapper, JavaType valueType, Predicate<V> readable, String what) {
        this.file = file;
        this.shared = new SharedFile(file);
        this.mapper = mapper;
        this.valueType = valueType;
        this.readable = readable;
        this.what = what;
    }

    /** What was wrong with the file when it was read (a sentence for the user), or "". */
    String notice() {
        return notice;
    }

    /** {@code entries} as the file holds them now, if it changed since this store last read or wrote it. */
    void refresh(Map<String, V> entries) {
        if (!shared.changedSinceSeen()) {
            return;
        }
        try {
            change(entries, () -> null);
        } catch (UncheckedIOException notLockable) {
            // A read-only folder, say: read it as it is; a change will say why it cannot be saved.
            LOG.log(Level.FINE, "{0} could not be locked for reading ({1})", new Object[] {file, notLockable.getClass().getSimpleName()});
            entries.clear();
            read(entries);
            shared.seen();
        }
    }

    /** Under the file's lock: {@code entries} brought up to date with the file, then {@code change} (which may {@link #write}). */
    <T> T change(Map<String, V> entries, Supplier<T> change) {
        try {
            return shared.underLock(() -> {
                if (shared.changedSinceSeen()) {
                    entries.clear();
                    read(entries);
                    shared.seen();
                }
                return change.get();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file, e);
        }
    }

    void write(Map<String, V> entries) {
        try {
            AtomicFile.write(file, out -> mapper.writerWithDefaultPrettyPrinter().writeValue(out, entries));
            shared.seen();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file, e);
        }
    }

    private void read(Map<String, V> into) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        boolean damaged;
        try {
            JsonNode tree = mapper.readTree(file.toFile());
            damaged = tree == null || !tree.isObject();
            if (!damaged) {
                for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    V value = valueOf(entry.getValue());
                    if (value == null) {
                        damaged = true;
                    } else {
                        into.put(entry.getKey(), value);
                    }
                }
            }
        } catch (IOException e) {
            damaged = true;
        }
        if (damaged) {
            keepAside(into);
        }
    }

    /** The entry, or null when it is not one (null, the wrong shape, a field missing). */
    private V valueOf(JsonNode node) {
        try {
            V value = node == null || node.isNull() ? null : mapper.readerFor(valueType).readValue(node);
            return value != null && readable.test(value) ? value : null;
        } catch (IOException | RuntimeException notAnEntry) {
            return null;
        }
    }

    private void keepAside(Map<String, V> readableEntries) {
        try {
            Path aside = AtomicFile.keepAside(file);
            notice = AtomicFile.keptAsideNotice(what, file, aside)
                    + (readableEntries.isEmpty() ? "" : " The " + readableEntries.size() + " readable entries in it were kept.");
            LOG.warning(notice);
            if (!readableEntries.isEmpty()) {
                write(readableEntries);
            }
        } catch (IOException | UncheckedIOException e) {
            // The parser's message is left out: it may quote the file.
            LOG.log(Level.WARNING, "the damaged file " + file + " could not be set aside ({0})", e.getClass().getSimpleName());
            notice = what + " " + file + " could not be read; Account Desk goes on without it.";
        }
    }
}
