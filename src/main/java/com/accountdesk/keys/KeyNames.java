package com.accountdesk.keys;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A local name or note per API key ("CI deploys", "laptop"), which neither cloud keeps. Kept per
 * saved account in a small JSON file beside the profiles, keyed by a SHA-256 of the key, never
 * the key itself (an ACM key is the secret). Written atomically, each change made on the file as
 * it is (another Account Desk may have changed it), a damaged file set aside with a
 * {@link #notice()}; thread-safe.
 */
public final class KeyNames {
    public static final String FILE_NAME = "key-names.json";
    /** Long enough for a phrase, short enough for a table cell. */
    public static final int MAX_LENGTH = 80;

    /** Null when kept in memory. */
    private final JsonMapFile<Map<String, String>> file;
    /** profile id → key hash → name */
    private final Map<String, Map<String, String>> names = new LinkedHashMap<>();

    /** @param file where to keep them; null keeps them in memory (tests) */
    public KeyNames(Path file) {
        ObjectMapper mapper = new ObjectMapper();
        this.file = file == null ? null : new JsonMapFile<>(file, mapper,
                mapper.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, String.class),
                of -> of.values().stream().allMatch(Objects::nonNull), "The key names file");
        if (this.file != null) {
            this.file.refresh(names);
        }
    }

    /** What was wrong with the file when it was read (a sentence for the user), or "". */
    public synchronized String notice() {
        return file == null ? "" : file.notice();
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
        String cut = trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) : trimmed;
        change(() -> {
            if (cut.isEmpty()) {
                Map<String, String> of = names.get(profileId);
                if (of == null || of.remove(hash(key)) == null) {
                    return false;
                }
                if (of.isEmpty()) {
                    names.remove(profileId);
                }
            } else {
                names.computeIfAbsent(profileId, id -> new LinkedHashMap<>()).put(hash(key), cut);
            }
            return true;
        });
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
        change(() -> names.remove(profileId) != null);
    }

    /** Runs {@code change} on the names as the file holds them now, and writes them if it says it changed them. */
    private void change(BooleanSupplier change) {
        if (file == null) {
            change.getAsBoolean();
            return;
        }
        file.change(names, () -> {
            if (change.getAsBoolean()) {
                file.write(names);
            }
            return null;
        });
    }
}
