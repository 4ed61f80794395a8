package com.accountdesk.ui.main;

import com.accountdesk.keys.OwnKeyReplacement;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Texts;

/** The sentences for how a replacement of the app's own key ended ({@link OwnKeyReplacement} says it without words). */
final class OwnKeyReplacementTexts {
    private OwnKeyReplacementTexts() {
    }

    /** Why it stopped, and that the old key is still in use. */
    static String stopped(OwnKeyReplacement.Stopped stopped) {
        Throwable cause = stopped.getCause();
        return switch (stopped.step()) {
            case NOT_SAVED -> Texts.get("main.ownKey.replace.notSaved");
            case NOT_MADE -> Texts.get("main.ownKey.replace.notMade", ErrorMessages.describe(cause));
            case REFUSED -> Texts.get("main.ownKey.replace.refused", ErrorMessages.describe(cause));
            case DID_NOT_WORK -> Texts.get("main.ownKey.replace.didNotWork", ErrorMessages.describe(cause));
            case NOT_SAVED_HERE -> Texts.get("main.ownKey.replace.notSavedHere");
        };
    }

    /** Null when the old key was deleted; else that it stays and why. */
    static String warning(OwnKeyReplacement.Result result) {
        return result.notDeleted() == null ? null
                : Texts.get("main.ownKey.replace.oldStays", result.oldKey(), ErrorMessages.describe(result.notDeleted()));
    }
}
