package com.accountdesk.credentials;

import com.accountdesk.io.AtomicFile;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The saved accounts as a small JSON file in the config folder (no secrets in it), written
 * atomically. Thread-safe: sign-in saves from a background thread.
 */
public final class ProfileStore {
    private static final Logger LOG = Logger.getLogger(ProfileStore.class.getName());
    /** Settings key naming the profile used last, preselected at start. */
    public static final String LAST_USED_SETTING = "profiles.lastUsed";

    private final Path file;
    private final List<Profile> profiles = new ArrayList<>();

    /** Apart, so Jackson's types load when the file is read, not when this store is built. */
    private static final class Json {
        static final TypeReference<List<Profile>> PROFILES = new TypeReference<>() { };
    }

    // Read on first use, not when built: Jackson is not among the classes the first window waits for.
    private ObjectMapper mapper;

    /** @param file where to keep them; null keeps them in memory (tests) */
    public ProfileStore(Path file) {
        this.file = file;
    }

    /** The mapper, with the file read once; callers hold this store's lock. */
    private ObjectMapper loaded() {
        if (mapper == null) {
            mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
            if (file != null && Files.isRegularFile(file)) {
                try {
                    profiles.addAll(mapper.readValue(file.toFile(), Json.PROFILES));
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "profiles file " + file + " is unreadable; starting with none", e);
                }
            }
        }
        return mapper;
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
        loaded();
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
    }

    public synchronized void remove(String id) {
        loaded();
        if (profiles.removeIf(p -> p.id().equals(id))) {
            write();
        }
    }

    private void write() {
        if (file == null) {
            return;
        }
        try {
            AtomicFile.write(file, out -> loaded().writerWithDefaultPrettyPrinter().writeValue(out, profiles));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save profiles to " + file, e);
        }
    }
}
