package com.accountdesk.ui.launch;

import javafx.scene.Parent;

/** One page of the wizard: its view, and where the keyboard goes when it is shown. */
interface WizardPageView {
    Parent view();

    void focus();
}
