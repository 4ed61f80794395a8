package com.accountdesk.ui.keys;

/**
 * A key step the UI will not take as things are now (e.g. a rotation's old key while the new one is
 * not kept). Its message is a sentence for the user, never holding a secret.
 */
public class Refusal extends Exception {
    public Refusal(String sentence) {
        super(sentence);
    }
}
