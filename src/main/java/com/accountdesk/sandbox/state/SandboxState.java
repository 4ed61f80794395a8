package com.accountdesk.sandbox.state;

import com.accountdesk.io.AtomicFile;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sandbox's state behind one lock, saved after every change. A save writes a temporary file
 * beside the state file and moves it over atomically, so a crash mid-write leaves the old state.
 */
public final class SandboxState {
    private static final Logger LOG = Logger.getLogger(SandboxState.class.getName());

    private final Object lock = new Object();
    private final ObjectMapper mapper;
    private final Path file;
    private final StateData data;
    /** What the file holds now, so a change that changes nothing is not written. */
    private byte[] lastSaved;

    private SandboxState(ObjectMapper mapper, Path file, StateData data) {
        this.mapper = mapper;
        this.file = file;
        this.data = data;
    }

    /**
     * Loads the state from {@code file}, or seeds it when the file is absent, unreadable or
     * {@code fresh} is set. A null file keeps the state in memory only.
     */
    public static SandboxState open(Path file, boolean fresh, Consumer<StateData> seed) {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        StateData data = null;
        if (file != null && !fresh && Files.isRegularFile(file)) {
            try {
                data = mapper.readValue(file.toFile(), StateData.class);
            } catch (IOException e) {
                // The parser's message can quote the file, and the file holds API keys: only its type.
                LOG.log(Level.WARNING, "sandbox state {0} is unreadable ({1}); starting fresh",
                        new Object[] {file, e.getClass().getSimpleName()});
            }
        }
        boolean seeded = data == null;
        if (seeded) {
            data = new StateData();
            seed.accept(data);
        }
        SandboxState state = new SandboxState(mapper, file, data);
        if (seeded) {
            state.save();
        }
        return state;
    }

    /** Reads under the lock. */
    public <T> T read(Function<StateData, T> reader) {
        synchronized (lock) {
            return reader.apply(data);
        }
    }

    /** Changes under the lock and saves before anyone else can read. */
    public <T> T write(Function<StateData, T> writer) {
        synchronized (lock) {
            T result = writer.apply(data);
            save();
            return result;
        }
    }

    /** Like {@link #write} for changes that may refuse with an HTTP error (nothing is saved then). */
    public <T, E extends Exception> T writeOrRefuse(Writer<T, E> writer) throws E {
        synchronized (lock) {
            T result = writer.apply(data);
            save();
            return result;
        }
    }

    /** A change that may end in an HTTP error. */
    @FunctionalInterface
    public interface Writer<T, E extends Exception> {
        T apply(StateData data) throws E;
    }

    /** The state holds the demo account's API keys, so the file is its owner's alone (AtomicFile sees to it). */
    private void save() {
        if (file == null) {
            return;
        }
        try {
            byte[] bytes = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(data);
            if (Arrays.equals(bytes, lastSaved)) {
                return; // nothing changed: the file is not rewritten
            }
            AtomicFile.write(file, out -> out.write(bytes));
            lastSaved = bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save sandbox state to " + file, e);
        }
    }
}
