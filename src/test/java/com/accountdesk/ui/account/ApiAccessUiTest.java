package com.accountdesk.ui.account;

import com.accountdesk.app.AppContext;
import com.accountdesk.model.ApiKey;
import com.accountdesk.sandbox.state.StateData;
import com.accountdesk.ui.common.DateTimePicker;
import com.accountdesk.ui.common.Dialogs;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.SecretClipboard;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.testing.Fx;
import com.accountdesk.testing.Clipping;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static com.accountdesk.testing.UiTestSupport.labelText;
import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.type;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static com.accountdesk.ui.account.MyAccountUi.addKeyElsewhere;
import static com.accountdesk.ui.account.MyAccountUi.busy;
import static com.accountdesk.ui.account.MyAccountUi.clipboardText;
import static com.accountdesk.ui.account.MyAccountUi.open;
import static com.accountdesk.ui.account.MyAccountUi.row;
import static com.accountdesk.ui.account.MyAccountUi.rowMarked;
import static com.accountdesk.ui.account.MyAccountUi.select;
import static com.accountdesk.ui.account.MyAccountUi.serverToken;
import static com.accountdesk.ui.account.MyAccountUi.serverTokens;
import static com.accountdesk.ui.account.MyAccountUi.state;
import static com.accountdesk.ui.account.MyAccountUi.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** My Account → API Access, driven as a user drives it, each action checked against the sandbox's state. */
@Tag("ui")
@ExtendWith(AppExtension.class)
class ApiAccessUiTest {
    private AppContext app;


    private String onlyServerToken() throws Exception {
        List<String> tokens = serverTokens(app);
        assertEquals(1, tokens.size());
        return tokens.get(0);
    }

    @Test
    void tableShowsMaskedKeysWithUtcAndLocalTimesAndMarks(FxRobot robot) throws Exception {
        signIn(robot);
        String expiring = "soon-" + "x".repeat(30);
        long now = Instant.now().getEpochSecond();
        String expired = "gone-" + "y".repeat(30);
        state(app).write(d -> d.acm.tokens.add(new StateData.AcmToken(expiring, now - 3600, now + 3 * 3600)));
        state(app).write(d -> d.acm.tokens.add(new StateData.AcmToken(expired, now - 7200, now - 3600)));
        open(robot);
        waitUntil(() -> table(robot).getItems().size() == 3);
        String seeded = serverTokens(app).get(0);
        assertFalse(table(robot).getColumns().isEmpty());
        TableColumn<ApiKey, ?> key = table(robot).getColumns().get(0);
        assertEquals(row(robot, seeded).token().masked(), key.getCellData(0));
        assertFalse(String.valueOf(key.getCellData(0)).contains(seeded), "the cell never shows the whole key");
        // "UTC" once, in each time (with the local time below): not again in the column's name.
        assertEquals("Expires", table(robot).getColumns().get(3).getText());
        String mark = String.valueOf(table(robot).getColumns().get(1).getCellData(row(robot, expiring)));
        assertTrue(mark.equals("Expires in 2 h") || mark.equals("Expires in 3 h"), mark);
        assertTrue(rowMarked(robot, expiring, "expiring-soon"), "the expiring key's row is marked");
        assertFalse(rowMarked(robot, seeded, "expiring-soon"), "a key with 30 days left is not");
        assertTrue(rowMarked(robot, expired, "expired") && !rowMarked(robot, expired, "expiring-soon"));
        assertEquals("Expired", table(robot).getColumns().get(1).getCellData(row(robot, expired)));
        assertEquals("Active", table(robot).getColumns().get(1).getCellData(row(robot, seeded)), "never a blank status");
        assertFalse(rowMarked(robot, seeded, "in-use") || rowMarked(robot, expiring, "in-use"),
                "signed in with a password: no key is in use");
        ApiKey seededKey = row(robot, seeded);
        String expected = com.accountdesk.ui.common.TimeFormats.utcAndLocal(seededKey.expires(), java.time.ZoneId.systemDefault());
        assertTrue(robot.lookup(".table-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText())
                .anyMatch(expected::equals), "times show UTC, with the local time below where it differs: " + expected);
    }

    /**
     * A refresh that changed a key re-binds the rows the table has and re-marks them; it never
     * remakes them (TableView.refresh() did: every row and cell, each time cell's tooltip a popup
     * window, 35 ms a refresh with 10,000 keys).
     */
    @Test
    void aRefreshThatChangesAKeyKeepsTheRowsAndReMarksThem(FxRobot robot) throws Exception {
        signIn(robot);
        open(robot);
        String token = onlyServerToken();
        waitUntil(() -> table(robot).getItems().size() == 1 && !busy(robot));
        assertFalse(rowMarked(robot, token, "expiring-soon"));
        java.util.Set<javafx.scene.Node> rows = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        rows.addAll(robot.lookup("#keyTable .table-row-cell").queryAll());
        long soon = Instant.now().getEpochSecond() + 3 * 3600;
        state(app).write(d -> d.acm.tokens.stream().filter(t -> t.token.equals(token)).peek(t -> t.expires = soon).count());

        robot.clickOn("#refreshKeysButton");
        waitUntil(() -> row(robot, token).expires().getEpochSecond() == soon);

        assertTrue(rowMarked(robot, token, "expiring-soon"), "the re-dated key's row is re-marked");
        java.util.Set<javafx.scene.Node> after = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        after.addAll(robot.lookup("#keyTable .table-row-cell").queryAll());
        assertEquals(rows, after, "the refresh remade the table's rows");
    }

    @Test
    void addWithTheDefaultExpiryOf24Hours(FxRobot robot) throws Exception {
        signIn(robot);
        open(robot);
        String before = onlyServerToken();
        robot.clickOn("#addButton");
        waitUntil(() -> showing(robot, "#expiryOkButton"));
        assertEquals(ExpiryPreset.ONE_DAY, robot.lookup("#expiryPreset").queryAs(ComboBox.class).getValue());
        Instant asked = Instant.now();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> table(robot).getItems().size() == 2 && !busy(robot));
        List<String> tokens = serverTokens(app);
        assertEquals(2, tokens.size());
        String added = tokens.stream().filter(t -> !t.equals(before)).findFirst().orElseThrow();
        long expires = serverToken(app, added).expires;
        long expected = asked.plus(Duration.ofHours(24)).getEpochSecond();
        assertTrue(Math.abs(expires - expected) <= 60, "expires 24 h from now on the server");
        assertTrue(labelText(robot, "#keysStatusLabel").startsWith("Added a new key"));
        waitUntil(() -> table(robot).getSelectionModel().getSelectedItem() != null);
        assertEquals(added, table(robot).getSelectionModel().getSelectedItem().token().reveal(), "the new key is selected");
        assertTrue(robot.lookup("#copyButton").query().isFocused(), "Copy key is offered (focused): Space copies the new key");
        assertTrue(labelText(robot, "#keysStatusLabel").contains("Copy key"), labelText(robot, "#keysStatusLabel"));
    }

    @Test
    void addWithACustomExpiryAndPresets(FxRobot robot) throws Exception {
        signIn(robot);
        open(robot);
        robot.clickOn("#addButton");
        waitUntil(() -> showing(robot, "#expiryOkButton"));
        robot.clickOn("#expiryPreset").clickOn("Custom date and time");
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        DateTimePicker picker = robot.lookup("#expiryPicker").queryAs(DateTimePicker.class);
        robot.interact(() -> picker.datePicker().setValue(day));
        type(robot, "#hourField .text-field", "10");
        type(robot, "#minuteField .text-field", "45");
        robot.clickOn("#expiryOkButton");
        waitUntil(() -> table(robot).getItems().size() == 2 && !busy(robot));
        long wanted = day.atTime(10, 45).toEpochSecond(ZoneOffset.UTC);
        assertTrue(state(app).<Boolean>read(d -> d.acm.tokens.stream().anyMatch(t -> t.expires == wanted)),
                "the server has a key expiring at the chosen UTC time");

        robot.clickOn("#addButton");
        waitUntil(() -> showing(robot, "#expiryOkButton"));
        robot.clickOn("#expiryPreset").clickOn("7 days");
        Instant asked = Instant.now();
        robot.clickOn("#expiryOkButton");
        waitUntil(() -> table(robot).getItems().size() == 3 && !busy(robot));
        long week = asked.plus(Duration.ofDays(7)).getEpochSecond();
        assertTrue(state(app).<Boolean>read(d -> d.acm.tokens.stream().anyMatch(t -> Math.abs(t.expires - week) <= 60)));
    }

    @Test
    void aTimeInThePastIsRefusedWithTheWholeSentenceShown(FxRobot robot) {
        signIn(robot);
        open(robot);
        robot.clickOn("#addButton");
        waitUntil(() -> showing(robot, "#expiryOkButton"));
        robot.clickOn("#expiryPreset").clickOn("Custom date and time");
        DateTimePicker picker = robot.lookup("#expiryPicker").queryAs(DateTimePicker.class);
        robot.interact(() -> picker.datePicker().setValue(LocalDate.now(ZoneOffset.UTC).minusDays(1)));
        waitUntil(() -> showing(robot, "#expiryProblem") && labelText(robot, "#expiryProblem").startsWith("That time has already passed"));
        assertTrue(robot.lookup("#expiryOkButton").queryAs(Button.class).isDisabled());
        // The sentence wraps whole inside the dialog, none of it cut ("… Pick a later d…").
        javafx.scene.Scene dialog = robot.lookup("#expiryProblem").query().getScene();
        try {
            waitUntil(() -> Clipping.clipped(dialog.getRoot()).isEmpty() && Clipping.pastTheEdge(dialog).isEmpty());
        } catch (AssertionError stillCut) {
            // Said below, with what is cut.
        }
        assertEquals(List.of(), Fx.call(() -> Clipping.clipped(dialog.getRoot())));
        assertEquals(List.of(), Fx.call(() -> Clipping.pastTheEdge(dialog)));
        robot.clickOn("#expiryCancelButton");
    }

    @Test
    void addIsDisabledAtTheLimitOfFiveKeysAndTheTabSaysWhy(FxRobot robot) throws Exception {
        signIn(robot);
        open(robot);
        assertFalse(showing(robot, "#limitLabel"));
        for (int i = 0; i < 3; i++) {
            addKeyElsewhere(app);
        }
        robot.clickOn("#addButton");
        waitUntil(() -> showing(robot, "#expiryOkButton"));
        robot.clickOn("#expiryOkButton");
        waitUntil(() -> table(robot).getItems().size() == 5 && !busy(robot));
        assertEquals(5, serverTokens(app).size());
        assertTrue(robot.lookup("#addButton").queryAs(Button.class).isDisabled());
        assertTrue(showing(robot, "#limitLabel"));
        assertTrue(labelText(robot, "#limitLabel").contains("5 API keys"));

        // Deleting one elsewhere and refreshing (F5) makes room again.
        state(app).write(d -> d.acm.tokens.remove(d.acm.tokens.size() - 1));
        robot.type(KeyCode.F5);
        waitUntil(() -> table(robot).getItems().size() == 4 && !busy(robot));
        assertFalse(robot.lookup("#addButton").queryAs(Button.class).isDisabled());
        assertFalse(showing(robot, "#limitLabel"));
    }

    @Test
    void anAccountAnswerWithoutItsKeyListLocksKeyChangesAndSaysWhy(FxRobot robot) throws Exception {
        signIn(robot);
        addKeyElsewhere(app);
        List<String> before = serverTokens(app);
        com.accountdesk.testing.UiTestSupport.sandbox(app).dialect(
                com.accountdesk.sandbox.SandboxOptions.Dialect.PUBLISHED.withHideKeyList(true));
        robot.clickOn("#userMenu").clickOn("My Account…");
        waitUntil(() -> robot.lookup("#keyTable").tryQuery().isPresent());
        waitUntil(() -> showing(robot, "#limitLabel") && !busy(robot));
        assertEquals(ErrorMessages.KEYS_NOT_LISTED, labelText(robot, "#limitLabel"));
        assertTrue(robot.lookup("#addButton").queryAs(Button.class).isDisabled());
        assertTrue(table(robot).getItems().isEmpty());
        robot.type(KeyCode.DELETE); // the keyboard path is locked too
        assertEquals(before, serverTokens(app));

        // When the server lists them again (F5), the keys come back and can be changed.
        com.accountdesk.testing.UiTestSupport.sandbox(app).dialect(com.accountdesk.sandbox.SandboxOptions.Dialect.PUBLISHED);
        robot.type(KeyCode.F5);
        waitUntil(() -> table(robot).getItems().size() == before.size() && !busy(robot));
        assertFalse(showing(robot, "#limitLabel"));
        assertFalse(robot.lookup("#addButton").queryAs(Button.class).isDisabled());
    }

    /** Where a button is in its window: it must not move under the pointer. */
    private static Point2D placeOf(FxRobot robot, String query) {
        return Fx.call(() -> {
            Node n = robot.lookup(query).query();
            n.getScene().getRoot().layout();
            return n.localToScene(0, 0);
        });
    }

    @Test
    void theStatusLineComesAndGoesWithoutMovingAButton(FxRobot robot) throws Exception {
        signIn(robot);
        open(robot);
        select(robot, row(robot, onlyServerToken()));
        Point2D save = placeOf(robot, "#saveOriginsButton");
        Point2D copy = placeOf(robot, "#copyButton");
        assertEquals("", labelText(robot, "#keysStatusLabel"));

        robot.clickOn("#copyButton");
        waitUntil(() -> labelText(robot, "#keysStatusLabel").startsWith("Copied the key"));
        assertEquals(save, placeOf(robot, "#saveOriginsButton"), "while the status shows");
        assertEquals(copy, placeOf(robot, "#copyButton"));

        waitUntil(() -> labelText(robot, "#keysStatusLabel").isEmpty()); // it fades by itself
        assertEquals(save, placeOf(robot, "#saveOriginsButton"), "after it went");
        assertEquals(copy, placeOf(robot, "#copyButton"));
    }

    @Test
    void copyPutsTheFullKeyOnTheClipboardAndClearsItLater(FxRobot robot) throws Exception {
        app.settings().put(SecretClipboard.CLEAR_AFTER_SECONDS, 1);
        signIn(robot);
        open(robot);
        String token = onlyServerToken();
        select(robot, row(robot, token));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        waitUntil(() -> token.equals(clipboardText(robot)));
        assertTrue(labelText(robot, "#keysStatusLabel").startsWith("Copied the key"));
        waitUntil(() -> clipboardText(robot) == null);

        // Copied again, then the user copies something else: that is left alone.
        robot.clickOn("#copyButton");
        waitUntil(() -> token.equals(clipboardText(robot)));
        robot.interact(() -> {
            ClipboardContent other = new ClipboardContent();
            other.putString("something the user copied");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(other);
        });
        waitUntil(() -> !app.clipboard().holdsSecret());
        assertEquals("something the user copied", clipboardText(robot));
    }

    @Test
    void quittingTakesACopiedKeyOffTheClipboard(FxRobot robot) throws Exception {
        signIn(robot);
        open(robot);
        String token = onlyServerToken();
        select(robot, row(robot, token));
        robot.clickOn("#copyButton");
        waitUntil(() -> token.equals(clipboardText(robot)));
        Fx.run(app::close); // as the app's stop() does, on the FX thread, long before the 30 s are up
        assertEquals(null, clipboardText(robot), "the key does not outlive the app on the clipboard");
    }

    @Test
    void changeExpirationAndAPastTimeIsRefusedWithAReason(FxRobot robot) throws Exception {
        signIn(robot);
        open(robot);
        String token = onlyServerToken();
        long before = serverToken(app, token).expires;
        select(robot, row(robot, token));
        robot.clickOn("#redateButton");
        waitUntil(() -> showing(robot, "#expiryOkButton"));
        DateTimePicker picker = robot.lookup("#expiryPicker").queryAs(DateTimePicker.class);
        robot.interact(() -> picker.datePicker().setValue(LocalDate.now(ZoneOffset.UTC).minusDays(1)));
        waitUntil(() -> robot.lookup("#expiryOkButton").queryAs(Button.class).isDisabled());
        assertTrue(labelText(robot, "#expiryProblem").contains("already passed"));

        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        robot.interact(() -> picker.datePicker().setValue(day));
        waitUntil(() -> !robot.lookup("#expiryOkButton").queryAs(Button.class).isDisabled());
        assertEquals("", labelText(robot, "#expiryProblem"));
        Instant chosen = picker.getValue();
        robot.clickOn("#expiryOkButton");
        waitUntil(() -> !busy(robot) && serverToken(app, token).expires != before);
        assertEquals(chosen.getEpochSecond(), serverToken(app, token).expires);
        waitUntil(() -> row(robot, token).expires().equals(chosen));
    }

    @Test
    void deleteAsksNamingTheMaskedKeyAndRemovesItFromTheServer(FxRobot robot) throws Exception {
        signIn(robot);
        String other = addKeyElsewhere(app);
        open(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);
        ApiKey key = row(robot, other);
        select(robot, key);
        robot.type(KeyCode.DELETE);
        waitUntil(() -> showing(robot, "#" + Dialogs.CONFIRM_OK_ID));
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getHeaderText().contains(key.token().masked()));
        assertFalse(pane.getContentText().contains("signs the app out"));
        robot.clickOn("#" + Dialogs.CONFIRM_CANCEL_ID);
        assertEquals(2, serverTokens(app).size(), "cancel deletes nothing");

        select(robot, key);
        robot.clickOn("#deleteButton");
        waitUntil(() -> showing(robot, "#" + Dialogs.CONFIRM_OK_ID));
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);
        waitUntil(() -> table(robot).getItems().size() == 1 && !busy(robot));
        assertFalse(serverTokens(app).contains(other));
        assertEquals(1, serverTokens(app).size());
    }

    @Test
    void deletingTheKeyTheAppSignsInWithWarnsAndSignsOut(FxRobot robot) throws Exception {
        String own = state(app).read(d -> d.acm.tokens.get(0).token);
        waitUntil(() -> !robot.lookup("#endpointField").queryAs(javafx.scene.control.TextField.class).getText().isEmpty());
        robot.clickOn("#apiKeyChoice");
        type(robot, "#apiKeyField", own);
        robot.clickOn("#connectButton");
        waitUntil(() -> robot.lookup("#userMenu").tryQuery().isPresent());
        String other = addKeyElsewhere(app);
        open(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);
        assertTrue(rowMarked(robot, own, "in-use"), "the app's own key is marked");
        assertFalse(rowMarked(robot, other, "in-use"));
        assertEquals("In use by this app", table(robot).getColumns().get(1).getCellData(row(robot, own)));
        select(robot, row(robot, own));
        robot.type(KeyCode.DELETE);
        waitUntil(() -> showing(robot, "#" + Dialogs.CONFIRM_OK_ID));
        assertTrue(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText().contains("signs the app out"));
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().isPresent());
        assertEquals(List.of(other), serverTokens(app));
        assertTrue(robot.lookup("#keyTable").tryQuery().isEmpty(), "the My Account window closed");
    }

    @Test
    void allowDomainsAreValidatedThenSavedAndReadBack(FxRobot robot) throws Exception {
        signIn(robot);
        open(robot);
        assertTrue(robot.lookup("#saveOriginsButton").queryAs(Button.class).isDisabled(), "nothing to save yet");
        type(robot, "#originsArea", "example.com, bad_host!\n10.0.0.0/33");
        waitUntil(() -> showing(robot, "#originProblemsLabel"));
        String problems = labelText(robot, "#originProblemsLabel");
        assertTrue(problems.contains("'bad_host!'"), problems);
        assertTrue(problems.contains("'10.0.0.0/33': the prefix length after '/' must be 0 to 32"), problems);
        assertFalse(problems.contains("example.com'"), problems);
        assertTrue(robot.lookup("#saveOriginsButton").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#originsArea").queryAs(TextArea.class).getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("invalid")));

        // The fix pasted in one go (typing it key by key adds nothing the first entry did not test).
        robot.interact(() -> robot.lookup("#originsArea").queryAs(TextArea.class)
                .setText("example.com, 192.168.1.7\n10.0.0.0/8\n*.corp.example.org,2001:db8::/32"));
        waitUntil(() -> !robot.lookup("#saveOriginsButton").queryAs(Button.class).isDisabled());
        assertFalse(showing(robot, "#originProblemsLabel"));
        robot.clickOn("#saveOriginsButton");
        List<String> wanted = List.of("example.com", "192.168.1.7", "10.0.0.0/8", "*.corp.example.org", "2001:db8::/32");
        waitUntil(() -> !busy(robot) && state(app).read(d -> d.acm.origins).equals(String.join("\n", wanted)));
        // Re-read from the server: one entry a line, as the server keeps them.
        waitUntil(() -> robot.lookup("#originsArea").queryAs(TextArea.class).getText().equals(String.join("\n", wanted)));
        assertTrue(robot.lookup("#saveOriginsButton").queryAs(Button.class).isDisabled(), "saved: nothing left to save");
    }

    @Test
    void aKeyAddedElsewhereMeanwhileSurvivesAnEditHere(FxRobot robot) throws Exception {
        signIn(robot);
        open(robot);
        String token = onlyServerToken();
        String elsewhere = addKeyElsewhere(app); // the table still shows one key
        assertEquals(1, table(robot).getItems().size());
        select(robot, row(robot, token));
        robot.clickOn("#redateButton");
        waitUntil(() -> showing(robot, "#expiryOkButton"));
        robot.clickOn("#expiryPreset").clickOn("7 days");
        robot.clickOn("#expiryOkButton");
        waitUntil(() -> table(robot).getItems().size() == 2 && !busy(robot));
        List<String> tokens = serverTokens(app);
        assertTrue(tokens.contains(token) && tokens.contains(elsewhere), "both keys are on the server");
        assertTrue(Math.abs(serverToken(app, token).expires - Instant.now().plus(Duration.ofDays(7)).getEpochSecond()) <= 60);
        assertNotNull(row(robot, elsewhere), "and the table shows the server's state");
    }

    @Test
    void anEditOfAKeyDeletedElsewhereIsRefusedWithASentenceAndTheTableCatchesUp(FxRobot robot) throws Exception {
        signIn(robot);
        String other = addKeyElsewhere(app);
        open(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);
        ApiKey stale = row(robot, other);
        state(app).write(d -> d.acm.tokens.removeIf(t -> t.token.equals(other)));
        select(robot, stale);
        robot.clickOn("#redateButton");
        waitUntil(() -> showing(robot, "#expiryOkButton"));
        robot.clickOn("#expiryPreset").clickOn("7 days");
        robot.clickOn("#expiryOkButton");
        waitUntil(() -> table(robot).getItems().size() == 1 && !busy(robot));
        assertTrue(labelText(robot, "#keysErrorLabel").contains("no longer on the account"));
        assertNull(serverToken(app, other));
    }
}
