package com.accountdesk.keys;

import com.accountdesk.io.AtomicFile;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The key rotations under way, one per saved account, in {@code rotations.json} in the app's data
 * folder: written whole and owner-only ({@link AtomicFile}) after every step, so a rotation cut short
 * by a quit, a crash or a network failure can be continued or undone. Never holds a secret (see
 * {@link PendingRotation}). Thread-safe.
 */
public final class RotationStore {
    private static final Logger LOG = Logger.getLogger(RotationStore.class.getName());
    public static final String FILE_NAME = "rotations.json";

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, PendingRotation> pending = new LinkedHashMap<>();

    /** @param file where to keep them; null keeps them in memory (tests, a session without saved settings) */
    public RotationStore(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try {
                pending.putAll(mapper.readValue(file.toFile(), new TypeReference<Map<String, PendingRotation>>() { }));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "rotations file " + file + " is unreadable; starting with none", e);
            }
        }
    }

    public synchronized Optional<PendingRotation> find(String account) {
        return Optional.ofNullable(pending.get(account));
    }

    /** Records the rotation's progress; written before this returns. */
    public synchronized void put(PendingRotation rotation) {
        pending.put(rotation.account(), rotation);
        write();
    }

    /** The rotation of {@code account} is finished or undone. */
    public synchronized void remove(String account) {
        if (pending.remove(account) != null) {
            write();
        }
    }

    private void write() {
        if (file == null) {
            return;
        }
        try {
            AtomicFile.write(file, out -> mapper.writerWithDefaultPrettyPrinter().writeValue(out, pending));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the key rotation's progress to " + file, e);
        }
    }
}
