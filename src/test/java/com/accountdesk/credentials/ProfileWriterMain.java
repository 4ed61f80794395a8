package com.accountdesk.credentials;

import com.accountdesk.model.Provider;

import java.nio.file.Path;

/** A second process saving accounts to the same profiles file: {@code FILE PREFIX COUNT}, for {@code SharedFilesTest}. */
public final class ProfileWriterMain {
    private ProfileWriterMain() {
    }

    public static void main(String[] args) {
        ProfileStore store = new ProfileStore(Path.of(args[0]));
        for (int i = 0; i < Integer.parseInt(args[2]); i++) {
            store.save(Profile.draft(Provider.ACM, "https://acm.altinity.cloud/api/", args[1] + i + "@example.com", ""));
        }
    }
}
