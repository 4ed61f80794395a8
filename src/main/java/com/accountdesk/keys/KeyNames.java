package com.accountdesk.keys;

import com.accountdesk.io.AtomicFile;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A local name or note per API key ("CI deploys", "laptop"), which neither cloud keeps. Kept per
 * saved account in a small JSON file beside the profiles, keyed by a SHA-256 of the key, never
 * the key itself (an ACM key is the secret). Written atomically; thread-safe.
 */
public final class KeyNames {
    private static final Logger LOG = Logger.getLogger(KeyNames.class.getName());
    public static final String FILE_NAME = "key-names.json";
    /** Long enough for a phrase, short enough for a table cell. */
    public static final int MAX_LENGTH = 80;

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper();
    /** profile id → key hash → name */
    private final Map<String, Map<String, String>> names = new LinkedHashMap<>();

    /** @param file where to keep them; null keeps them in memory (tests) */
    public KeyNames(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try {
                names.putAll(mapper.readValue(file.toFile(), new TypeReference<Map<String, Map<String, String>>>() { }));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "key names file " + file + " is unreadable; starting with none", e);
            }
        }
    }

    /** The hex SHA-256 a key is filed under. */
    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The name given to {@code key} of the account {@code profileId}. */
    public synchronized Optional<String> name(String profileId, String key) {
        Map<String, String> of = names.get(profileId);
        return of == null ? Optional.empty() : Optional.ofNullable(of.get(hash(key)));
    }

    /** Names the key; a blank name removes it. Longer names are cut to {@link #MAX_LENGTH}. */
    public synchronized void put(String profileId, String key, String name) {
        String trimmed = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (trimmed.length() > MAX_LENGTH) {
            trimmed = trimmed.substring(0, MAX_LENGTH);
        }
        if (trimmed.isEmpty()) {
            Map<String, String> of = names.get(profileId);
            if (of == null || of.remove(hash(key)) == null) {
                return;
            }
            if (of.isEmpty()) {
                names.remove(profileId);
            }
        } else {
            names.computeIfAbsent(profileId, id -> new LinkedHashMap<>()).put(hash(key), trimmed);
        }
        write();
    }

    /** The names of one saved account's keys. */
    public Scope of(String profileId) {
        return new Scope(this, profileId);
    }

    /** The names of one saved account's keys, by the key (ACM: the key itself; CrateDB: its public part). */
    public record Scope(KeyNames names, String profileId) {
        /** The key's name, or "" when it has none. */
        public String name(String key) {
            return names.name(profileId, key).orElse("");
        }

        public void put(String key, String name) {
            names.put(profileId, key, name);
        }
    }

    /** Forgets every name of a saved account (when the account is forgotten). */
    public synchronized void forget(String profileId) {
        if (names.remove(profileId) != null) {
            write();
        }
    }

    private void write() {
        if (file == null) {
            return;
        }
        try {
            AtomicFile.write(file, out -> mapper.writerWithDefaultPrettyPrinter().writeValue(out, names));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save key names to " + file, e);
        }
    }
}
