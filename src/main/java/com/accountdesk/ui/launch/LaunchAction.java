package com.accountdesk.ui.launch;

import com.accountdesk.ui.common.Texts;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.Environment;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Background;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Optional;

/**
 * Sends the launch once. The phase says what the wizard may offer: Launch only while
 * {@link Phase#EDITING}; after an answer that never came (timeout, dropped connection, 5xx) the
 * environment's clusters are searched for the name first, and "Try again" is offered only when it
 * is not there, so a launch is never sent twice by accident.
 */
public final class LaunchAction {
    /** Where a launch stands. */
    public enum Phase {
        /** Not sent yet, or refused with an answer that says nothing was created. */
        EDITING,
        /** The request is on its way. */
        SENDING,
        /** No clear answer came: looking for a cluster of that name. */
        CHECKING,
        /** The cluster is not there after an unclear answer: launching again is safe (and allowed). */
        NOT_FOUND,
        /** Neither the launch nor the check got an answer: check again before anything else. */
        CHECK_FAILED,
        /** The cluster exists. */
        LAUNCHED
    }

    private final LaunchWizardViewModel form;
    private final AcmClient client;
    private final Background background;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.EDITING);
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Cluster> launched = new SimpleObjectProperty<>();
    private final BooleanBinding canLaunch;
    private LaunchRequest sent;
    private Environment sentTo;

    LaunchAction(LaunchWizardViewModel form, AcmClient client, Background background) {
        this.form = form;
        this.client = client;
        this.background = background;
        canLaunch = Bindings.createBooleanBinding(() -> editable() && form.pageValid(WizardPage.REVIEW).get()
                        && form.options().preflightAllows().get(),
                phase, form.pageValid(WizardPage.REVIEW), form.options().preflightAllows());
    }

    /**
     * Sends the launch if nothing is under way and nothing was launched; a second call while one is
     * on its way does nothing. After {@link Phase#NOT_FOUND} this is "Try again".
     */
    public void launch() {
        if (!canLaunch.get()) {
            return;
        }
        send(form.request(), form.environmentProperty().get());
    }

    /** Whether the fields may be changed and sent: nothing is under way and nothing was launched. */
    public boolean editable() {
        return phase.get() == Phase.EDITING || phase.get() == Phase.NOT_FOUND;
    }

    /** After {@link Phase#CHECK_FAILED}: looks for the cluster again. */
    public void checkAgain() {
        if (phase.get() == Phase.CHECK_FAILED) {
            check("");
        }
    }

    private void send(LaunchRequest request, Environment env) {
        sent = request;
        sentTo = env;
        phase.set(Phase.SENDING);
        message.set(Texts.get("launch.action.sending", request.name(), env.name()));
        form.remember(env);
        background.run(() -> client.launchCluster(env.id(), request), null,
                cluster -> succeed(cluster, Texts.get("launch.action.launched", cluster.name(), env.name())), this::failed);
    }

    private void failed(Throwable failure) {
        ApiException api = failure instanceof ApiException e ? e : null;
        if (api != null && api.kind() == ApiException.Kind.INVALID_INPUT) {
            phase.set(Phase.EDITING);
            Optional<LaunchField> field = api.field().flatMap(LaunchField::ofWireName);
            if (field.isPresent()) {
                if (field.get() == LaunchField.NAME && api.serverMessage() != null && api.serverMessage().contains("exists")) {
                    form.nameTaken(sent.name());
                }
                form.serverRefused(field.get(), api.serverMessage());
                message.set(Texts.get("launch.action.refusedField", field.get().page().title()));
            } else {
                message.set(ErrorMessages.describe(api));
            }
            return;
        }
        if (api != null && !unclear(api.kind())) {
            phase.set(Phase.EDITING); // the server answered: nothing was created
            message.set(ErrorMessages.describe(api));
            return;
        }
        check(ErrorMessages.describe(failure) + " ");
    }

    /** Kinds after which the cluster may exist although no answer said so. */
    private static boolean unclear(ApiException.Kind kind) {
        return kind == ApiException.Kind.TIMEOUT || kind == ApiException.Kind.NETWORK
                || kind == ApiException.Kind.SERVER_ERROR || kind == ApiException.Kind.BAD_RESPONSE;
    }

    private void check(String why) {
        phase.set(Phase.CHECKING);
        message.set(why + Texts.get("launch.action.checking", sent.name(), sentTo.name()));
        background.run(() -> client.clusters(sentTo.id()).stream()
                        .filter(c -> c.name().equalsIgnoreCase(sent.name())).findFirst(), null,
                found -> {
                    if (found.isPresent()) {
                        succeed(found.get(), Texts.get("launch.action.foundAfterLoss", found.get().name(), sentTo.name()));
                    } else {
                        phase.set(Phase.NOT_FOUND);
                        message.set(why + Texts.get("launch.action.notFound", sent.name(), sentTo.name()));
                    }
                },
                failure -> {
                    phase.set(Phase.CHECK_FAILED);
                    message.set(Texts.get("launch.action.checkFailed", sent.name(), ErrorMessages.describe(failure)));
                });
    }

    private void succeed(Cluster cluster, String text) {
        launched.set(cluster);
        phase.set(Phase.LAUNCHED);
        message.set(text);
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<Cluster> launchedProperty() {
        return launched;
    }

    /** True while Launch may be pressed. */
    public BooleanBinding canLaunch() {
        return canLaunch;
    }

    /** The environment the launch went to, once sent. */
    public Environment environment() {
        return sentTo;
    }
}
