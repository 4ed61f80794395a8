package com.accountdesk.ui.keys;

import com.accountdesk.ui.common.CredentialExports;
import com.accountdesk.ui.common.Texts;

/** What a copy "as" holds, for the sentence saying what was copied (the key tables and the rotation alike). */
public final class ExportNames {
    private ExportNames() {
    }

    /** ACM: the tools are acmctl, the shell and curl. */
    public static String acm(CredentialExports.Kind kind) {
        return switch (kind) {
            case SHELL -> Texts.get("account.export.shell");
            case PROFILE -> Texts.get("account.export.profile");
            case CURL -> Texts.get("account.export.curl");
        };
    }

    /** CrateDB: the tools are croud, the shell and curl. */
    public static String crate(CredentialExports.Kind kind) {
        return switch (kind) {
            case SHELL -> Texts.get("cratedb.export.shell");
            case PROFILE -> Texts.get("cratedb.export.profile");
            case CURL -> Texts.get("cratedb.export.curl");
        };
    }
}
