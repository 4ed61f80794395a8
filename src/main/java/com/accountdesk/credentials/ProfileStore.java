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
    /** Its name, beside the settings file. */
    public static final String FILE_NAME = "profiles.json";

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final List<Profile> profiles = new ArrayList<>();

    /** @param file where to keep them; null keeps them in memory (tests) */
    public ProfileStore(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try {
                profiles.addAll(mapper.readValue(file.toFile(), new TypeReference<List<Profile>>() { }));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "profiles file " + file + " is unreadable; starting with none", e);
            }
        }
    }

    public synchronized List<Profile> all() {
        return List.copyOf(profiles);
    }

    public synchronized Optional<Profile> find(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Adds the profile, or updates the saved one for the same account (keeping its id); returns what is saved. */
    public synchronized Profile save(Profile profile) {
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
        if (profiles.removeIf(p -> p.id().equals(id))) {
            write();
        }
    }

    private void write() {
        if (file == null) {
            return;
        }
        try {
            AtomicFile.write(file, out -> mapper.writerWithDefaultPrettyPrinter().writeValue(out, profiles));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save profiles to " + file, e);
        }
    }
}
