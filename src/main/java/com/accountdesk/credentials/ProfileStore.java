package com.accountdesk.credentials;

import com.accountdesk.io.AtomicFile;
import com.accountdesk.io.OwnerCheck;
import com.accountdesk.io.SharedFile;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The saved accounts as a small JSON file in the config folder (no secrets in it), written
 * atomically. Thread-safe: sign-in saves from a background thread. Another process may change the
 * file too (the command line's {@code login}): every change is a read-change-write under the file's
 * lock ({@link SharedFile}), and a read that finds the file changed reads it again.
 */
public final class ProfileStore {
    private static final Logger LOG = Logger.getLogger(ProfileStore.class.getName());
    /** Settings key naming the profile used last, preselected at start. */
    public static final String LAST_USED_SETTING = "profiles.lastUsed";
    /** Its name, beside the settings file. */
    public static final String FILE_NAME = "profiles.json";

    private final Path file;
    private final SharedFile shared;
    private final List<Profile> profiles = new ArrayList<>();
    private String notice = "";
    // Made on first use, not when built: Jackson is not among the classes the first window waits for.
    private ObjectMapper mapper;

    /** @param file where to keep them; null keeps them in memory (tests) */
    public ProfileStore(Path file) {
        this.file = file;
        this.shared = file == null ? null : new SharedFile(file);
    }

    /** The mapper, with the file read again if someone changed it since; callers hold this store's lock. */
    private ObjectMapper loaded() {
        if (mapper == null) {
            mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        }
        if (shared != null && shared.changedSinceSeen()) {
            try {
                shared.underLock(() -> {
                    reload();
                    return null;
                });
            } catch (IOException e) {
                // Not lockable (a read-only folder): read it as it is; a change will say why it cannot be saved.
                LOG.log(Level.FINE, "the profiles file could not be locked for reading ({0})", e.getClass().getSimpleName());
                reload();
            }
        }
        return mapper;
    }

    /** Reads the file as it is now; under the file's lock. */
    private void reload() {
        profiles.clear();
        if (Files.isRegularFile(file)) {
            load(file);
        }
        shared.seen();
    }

    /**
     * Reads the saved accounts; entries that are not accounts (null, no cloud…) are dropped, and a
     * file that is not a list of accounts, or had such entries, is kept aside (never overwritten)
     * with a {@link #notice()}, the readable accounts written back.
     */
    private void load(Path file) {
        boolean damaged = JsonFile.readInto(mapper, file, profiles);
        if (damaged) {
            try {
                Path aside = AtomicFile.keepAside(file);
                notice = AtomicFile.keptAsideNotice("The saved accounts file", file, aside)
                        + (profiles.isEmpty() ? "" : " The " + profiles.size() + " readable accounts in it were kept.");
                LOG.warning(notice);
                if (!profiles.isEmpty()) {
                    write();
                }
            } catch (IOException | UncheckedIOException e) {
                LOG.log(Level.WARNING, "the damaged profiles file " + file + " could not be set aside ({0})", e.getClass().getSimpleName());
                notice = "The saved accounts file " + file + " could not be read; Account Desk started without it.";
            }
        }
    }

    /** Apart, so Jackson's types load when the file is read, not when this store's class is checked. */
    private static final class JsonFile {
        /** Adds the file's accounts to {@code into}; true if it is not a list of accounts or had other entries. */
        static boolean readInto(ObjectMapper mapper, Path file, List<Profile> into) {
            boolean damaged;
            try {
                JsonNode tree = mapper.readTree(file.toFile());
                damaged = tree == null || !tree.isArray();
                if (!damaged) {
                    for (JsonNode entry : tree) {
                        try {
                            Profile p = entry == null || !entry.isObject() ? null : mapper.treeToValue(entry, Profile.class);
                            if (p == null) {
                                damaged = true;
                            } else {
                                into.add(p);
                            }
                        } catch (IOException | RuntimeException badEntry) {
                            damaged = true;
                        }
                    }
                }
            } catch (IOException e) {
                damaged = true;
            }
            return damaged;
        }
    }

    /** What was wrong with the file when it was read (a sentence for the user), or "". */
    public synchronized String notice() {
        loaded();
        return notice;
    }

    /**
     * Why the file cannot be trusted to say where a saved secret may be sent: it, or its folder, can
     * be changed by another local user (or belongs to one). Empty when it is only its owner's.
     */
    public Optional<String> othersCanChange() {
        if (file == null) {
            return Optional.empty();
        }
        Path absolute = file.toAbsolutePath();
        // The folder may be a link (e.g. to a synced or encrypted folder): what it names is judged.
        return OwnerCheck.othersCanChange(absolute, false)
                .or(() -> absolute.getParent() == null ? Optional.empty() : OwnerCheck.othersCanChange(absolute.getParent(), true));
    }

    public synchronized List<Profile> all() {
        loaded();
        return List.copyOf(profiles);
    }

    public synchronized Optional<Profile> find(String id) {
        loaded();
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Adds the profile, or updates the saved one for the same account (keeping its id); returns what is saved. */
    public synchronized Profile save(Profile profile) {
        return change(() -> {
            for (int i = 0; i < profiles.size(); i++) {
                Profile existing = profiles.get(i);
                if (existing.id().equals(profile.id()) || existing.sameAccount(profile)) {
                    Profile updated = profile.withId(existing.id());
                    profiles.set(i, updated);
                    write();
                    return updated;
                }
            }
            profiles.add(profile);
            write();
            return profile;
        });
    }

    public synchronized void remove(String id) {
        change(() -> {
            if (profiles.removeIf(p -> p.id().equals(id))) {
                write();
            }
            return null;
        });
    }

    /** A read-change-write: under the file's lock, on the file as it is now. */
    private <T> T change(Supplier<T> change) {
        if (shared == null) {
            loaded();
            return change.get();
        }
        try {
            return shared.underLock(() -> {
                loaded(); // the lock is re-entrant: a changed file is read again here, inside it
                return change.get();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the profiles file " + file, e);
        }
    }

    private void write() {
        if (file == null) {
            return;
        }
        try {
            AtomicFile.write(file, out -> mapper.writerWithDefaultPrettyPrinter().writeValue(out, profiles));
            shared.seen();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save profiles to " + file, e);
        }
    }
}
