package com.accountdesk.ui.settings;

import com.accountdesk.model.Secret;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.io.Settings;
import com.accountdesk.credentials.FileSecretStore;
import com.accountdesk.credentials.SecretStore;
import com.accountdesk.ui.common.SecretClipboard;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The Settings window's state: where secrets are kept, the clipboard delay (saved at once), and
 * the embedded sandbox's fault injection (applied at once, for this run only, so a forgotten
 * setting never makes a later start misbehave).
 */
public final class SettingsViewModel {
    private final Settings settings;
    private final SandboxFaults faults;
    private final Path logFolder;
    private final StringProperty secretsWhere = new SimpleStringProperty("");
    private final StringProperty secretsWarning = new SimpleStringProperty("");
    private final IntegerProperty clipboardSeconds = new SimpleIntegerProperty();
    private final BooleanProperty faultsAvailable = new SimpleBooleanProperty();
    private final StringProperty demoKeyStatus = new SimpleStringProperty("");
    private final IntegerProperty latencyMillis = new SimpleIntegerProperty();
    private final DoubleProperty failRate = new SimpleDoubleProperty();
    private final DoubleProperty dropRate = new SimpleDoubleProperty();
    private final DoubleProperty malformedRate = new SimpleDoubleProperty();
    private final DoubleProperty hugeRate = new SimpleDoubleProperty();

    /** @param faults the embedded sandbox's fault injection, or null when connected to a real endpoint */
    public SettingsViewModel(Settings settings, SecretStore secrets, SandboxFaults faults, Path logFolder) {
        this.logFolder = logFolder;
        this.settings = settings;
        this.faults = faults;
        secretsWhere.set(Texts.get("settings.secretsWhere", secrets.description()));
        if (secrets instanceof FileSecretStore file) {
            secretsWarning.set(file.warning());
        }
        clipboardSeconds.set(SecretClipboard.clearAfterSeconds(settings));
        clipboardSeconds.addListener((obs, old, now) -> settings.put(SecretClipboard.CLEAR_AFTER_SECONDS, now.intValue()));
        faultsAvailable.set(faults != null);
        SandboxFaults.Rates r = faults == null ? SandboxFaults.Rates.NONE : faults.rates();
        latencyMillis.set((int) r.latency().toMillis());
        failRate.set(r.failRate());
        dropRate.set(r.dropRate());
        malformedRate.set(r.malformedRate());
        hugeRate.set(r.hugeRate());
        Runnable apply = this::applyFaults;
        latencyMillis.addListener(o -> apply.run());
        failRate.addListener(o -> apply.run());
        dropRate.addListener(o -> apply.run());
        malformedRate.addListener(o -> apply.run());
        hugeRate.addListener(o -> apply.run());
    }

    /**
     * Makes a demo key that expires soon and copies it (a key: the clipboard forgets it), so the user
     * can sign in with it and see the expiry note, Extend/Replace and the reminders.
     */
    public void makeDemoKey(Consumer<Secret> copy) {
        if (faults == null) {
            return;
        }
        copy.accept(faults.keyExpiringSoon());
        demoKeyStatus.set(Texts.get("settings.demoKey.made", SandboxFaults.DEMO_KEY_LIFETIME.toHours()));
    }

    public StringProperty demoKeyStatusProperty() {
        return demoKeyStatus;
    }

    /** Where the log files are (read-only: selectable, to paste into a file manager or a bug report). */
    public String logFolder() {
        return logFolder.toString();
    }

    private void applyFaults() {
        if (faults != null) {
            faults.setRates(currentRates());
        }
    }

    public SandboxFaults.Rates currentRates() {
        return new SandboxFaults.Rates(Duration.ofMillis(latencyMillis.get()), failRate.get(), dropRate.get(),
                malformedRate.get(), hugeRate.get());
    }

    /** Back to a well-behaved sandbox. */
    public void resetFaults() {
        latencyMillis.set(0);
        failRate.set(0);
        dropRate.set(0);
        malformedRate.set(0);
        hugeRate.set(0);
    }

    public StringProperty secretsWhereProperty() {
        return secretsWhere;
    }

    public StringProperty secretsWarningProperty() {
        return secretsWarning;
    }

    public IntegerProperty clipboardSecondsProperty() {
        return clipboardSeconds;
    }

    public BooleanProperty faultsAvailableProperty() {
        return faultsAvailable;
    }

    public IntegerProperty latencyMillisProperty() {
        return latencyMillis;
    }

    public DoubleProperty failRateProperty() {
        return failRate;
    }

    public DoubleProperty dropRateProperty() {
        return dropRate;
    }

    public DoubleProperty malformedRateProperty() {
        return malformedRate;
    }

    public DoubleProperty hugeRateProperty() {
        return hugeRate;
    }

    Settings settings() {
        return settings;
    }
}
