package com.accountdesk.ui.rotate;

import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.rotate.RotationViewModel.Step;

/** A rotation's steps in words: in a sentence, and on the "Next" button. */
final class RotationSteps {
    private RotationSteps() {
    }

    /** The step's name in a sentence ("It stopped before …"). */
    static String name(Step s) {
        return switch (s) {
            case CREATE -> Texts.get("rotate.step.create");
            case SAVE -> Texts.get("rotate.step.save");
            case KEEP_SECRET -> Texts.get("rotate.step.keep");
            case DEACTIVATE -> Texts.get("rotate.step.deactivate");
            case DELETE -> Texts.get("rotate.step.delete");
            case DONE -> Texts.get("rotate.step.done");
        };
    }

    /** The label of the "Next" button for a step. */
    static String action(Step s) {
        return switch (s) {
            case CREATE -> Texts.get("rotate.next.create");
            case SAVE -> Texts.get("rotate.next.save");
            case KEEP_SECRET -> Texts.get("rotate.next.keep");
            case DEACTIVATE -> Texts.get("rotate.next.deactivate");
            case DELETE -> Texts.get("rotate.next.delete");
            case DONE -> Texts.get("rotate.next.done");
        };
    }
}
