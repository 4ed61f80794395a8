package com.accountdesk.ui.keys;

/**
 * A change a key service will not make to the keys as they are now (e.g. one key too many, a key
 * deleted elsewhere meanwhile). Its message is a sentence for the user, never holding a secret.
 */
public class Refusal extends Exception {
    public Refusal(String sentence) {
        super(sentence);
    }
}
