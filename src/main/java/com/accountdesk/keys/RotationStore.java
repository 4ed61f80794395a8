package com.accountdesk.keys;

import com.accountdesk.io.AtomicFile;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The key rotations under way, one per saved account, in {@code rotations.json} in the app's data
 * folder: written whole and owner-only ({@link AtomicFile}) after every step, so a rotation cut short
 * by a quit, a crash or a network failure can be continued or undone. Never holds a secret (see
 * {@link PendingRotation}). Each change is made on the file as it is (another Account Desk may be
 * rotating another account's key); a damaged file is set aside, never overwritten, with a
 * {@link #notice()}. Thread-safe.
 */
public final class RotationStore {
    public static final String FILE_NAME = "rotations.json";

    /** Null when kept in memory. */
    private final JsonMapFile<PendingRotation> file;
    private final Map<String, PendingRotation> pending = new LinkedHashMap<>();

    /** @param file where to keep them; null keeps them in memory (tests, a session without saved settings) */
    public RotationStore(Path file) {
        ObjectMapper mapper = new ObjectMapper();
        this.file = file == null ? null : new JsonMapFile<>(file, mapper, mapper.constructType(PendingRotation.class),
                rotation -> true, "The key rotations file");
        if (this.file != null) {
            this.file.refresh(pending);
        }
    }

    /** What was wrong with the file when it was read (a sentence for the user), or "". */
    public synchronized String notice() {
        return file == null ? "" : file.notice();
    }

    /** The rotation under way for {@code account}, as the file says now. */
    public synchronized Optional<PendingRotation> find(String account) {
        if (file != null) {
            file.refresh(pending);
        }
        return Optional.ofNullable(pending.get(account));
    }

    /** Records the rotation's progress; written before this returns. */
    public synchronized void put(PendingRotation rotation) {
        change(() -> {
            pending.put(rotation.account(), rotation);
            return true;
        });
    }

    /** The rotation of {@code account} is finished or undone. */
    public synchronized void remove(String account) {
        change(() -> pending.remove(account) != null);
    }

    /** Runs {@code change} on the rotations as the file holds them now, and writes them if it says it changed them. */
    private void change(BooleanSupplier change) {
        if (file == null) {
            change.getAsBoolean();
            return;
        }
        file.change(pending, () -> {
            if (change.getAsBoolean()) {
                file.write(pending);
            }
            return null;
        });
    }
}
