package com.accountdesk.credentials;

import com.accountdesk.io.AtomicFile;
import com.accountdesk.io.OwnerOnly;
import com.accountdesk.io.SharedFile;
import com.accountdesk.model.Secret;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Secrets in a JSON file only its owner can read or write (rw-------), for systems with no keyring
 * (headless Linux). Every file is created owner-only before a byte is written and replaced
 * atomically; a file that others can read has its permissions put right, and {@link #warning()}
 * says so.
 */
public final class FileSecretStore implements SecretStore {
    private static final Logger LOG = Logger.getLogger(FileSecretStore.class.getName());

    private final Path file;
    private final SharedFile shared;
    private final ObjectMapper mapper = new ObjectMapper();
    private String warning = "";

    public FileSecretStore(Path file) {
        this.file = file.toAbsolutePath();
        this.shared = new SharedFile(this.file);
    }

    public Path file() {
        return file;
    }

    /** What was put right on the file (e.g. "others could read it"), or "". */
    public synchronized String warning() {
        return warning;
    }

    @Override
    public synchronized Optional<Secret> load(String name) throws CredentialStoreException {
        String value = readAll().get(name);
        return value == null ? Optional.empty() : Optional.of(Secret.of(value));
    }

    @Override
    public synchronized void save(String name, Secret secret) throws CredentialStoreException {
        underLock(() -> {
            Map<String, String> all = readAll();
            all.put(name, secret.reveal());
            writeAll(all);
        });
    }

    @Override
    public synchronized void delete(String name) throws CredentialStoreException {
        underLock(() -> {
            Map<String, String> all = readAll();
            if (all.remove(name) != null) {
                writeAll(all);
            }
        });
    }

    /** A change read and written under the lock. */
    @FunctionalInterface
    private interface Change {
        void run() throws CredentialStoreException;
    }

    /**
     * Runs a read-change-write with the file locked against every other writer: other stores on the
     * same file in this process and other processes, e.g. a second Account Desk ({@link SharedFile},
     * the lock every shared file of the app uses). The file is re-read inside the lock, so no writer
     * saves over a change it has not seen.
     */
    private void underLock(Change change) throws CredentialStoreException {
        refuseSymbolicLink();
        try {
            shared.underLock(() -> {
                change.run();
                return null;
            });
        } catch (IOException e) {
            throw new CredentialStoreException("cannot lock the credential file " + file + " ("
                    + e.getClass().getSimpleName() + ")", null);
        }
    }

    @Override
    public String description() {
        return "a file only you can read: " + file + " (no OS keyring was found)";
    }

    private Map<String, String> readAll() throws CredentialStoreException {
        refuseSymbolicLink();
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new TreeMap<>();
        }
        Map<String, String> read;
        try {
            ensureOwnerOnly();
            read = mapper.readValue(file.toFile(), new TypeReference<TreeMap<String, String>>() { });
        } catch (IOException e) {
            // The parser's message may quote the file's content: keep only the type.
            LOG.log(Level.WARNING, "the credential file cannot be read ({0})", e.getClass().getSimpleName());
            read = null;
        }
        if (read == null) { // damaged, or the JSON null: kept aside, never overwritten
            try {
                Path aside = AtomicFile.keepAside(file);
                warning = AtomicFile.keptAsideNotice("The credential file", file, aside)
                        + " Saved secrets in it are not used; sign in again to save them anew.";
                LOG.warning(warning);
                return new TreeMap<>();
            } catch (IOException e) {
                throw new CredentialStoreException("the credential file " + file + " cannot be read or set aside ("
                        + e.getClass().getSimpleName() + ")", null);
            }
        }
        read.values().removeIf(Objects::isNull);
        return read;
    }

    /** A credential file that is a symbolic link is never followed: read, chmod or replaced, it would act on its target. */
    private void refuseSymbolicLink() throws CredentialStoreException {
        if (Files.isSymbolicLink(file)) {
            throw new CredentialStoreException("the credential file " + file + " is a symbolic link; Account Desk does not "
                    + "follow it. Replace it with a plain file (or remove it) to save secrets.", null);
        }
    }

    /** Takes group and other permissions (on Windows, other users' entries) off a file someone (or a copy) left readable. */
    private void ensureOwnerOnly() throws IOException {
        Optional<String> others = OwnerOnly.othersAllowed(file);
        if (others.isPresent()) {
            OwnerOnly.apply(file, false);
            warning = "The credential file " + file + " could be read by other users (" + others.get() + "); its permissions "
                    + "were reset to owner-only (" + (OwnerOnly.kindOf(file.getFileSystem()) == OwnerOnly.Kind.POSIX
                    ? "rw-------" : "an access list of you alone") + ").";
            LOG.warning(warning);
        }
    }

    private void writeAll(Map<String, String> all) throws CredentialStoreException {
        refuseSymbolicLink();
        try {
            AtomicFile.write(file, out -> mapper.writerWithDefaultPrettyPrinter().writeValue(out, all));
        } catch (IOException e) {
            throw new CredentialStoreException("cannot write the credential file " + file + " ("
                    + e.getClass().getSimpleName() + ")", null);
        }
    }
}
