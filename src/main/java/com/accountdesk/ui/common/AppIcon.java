package com.accountdesk.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** Every icon the app uses, by meaning, so one place decides how "delete" looks everywhere. */
public enum AppIcon {
    LOGO(MaterialDesignA.ACCOUNT_KEY_OUTLINE),
    COPY(MaterialDesignC.CONTENT_COPY),
    CALENDAR(MaterialDesignC.CALENDAR),
    DELETE(MaterialDesignD.DELETE_OUTLINE),
    REFRESH(MaterialDesignR.REFRESH),
    ADD(MaterialDesignP.PLUS),
    LAUNCH(MaterialDesignR.ROCKET_LAUNCH_OUTLINE),
    ACCOUNT(MaterialDesignA.ACCOUNT_CIRCLE_OUTLINE),
    SIGN_OUT(MaterialDesignL.LOGOUT),
    SETTINGS(MaterialDesignC.COG_OUTLINE),
    SHOW(MaterialDesignE.EYE),
    HIDE(MaterialDesignE.EYE_OFF),
    THEME(MaterialDesignT.THEME_LIGHT_DARK),
    SEARCH(MaterialDesignM.MAGNIFY),
    KEY(MaterialDesignK.KEY_OUTLINE),
    INFO(MaterialDesignI.INFORMATION_OUTLINE),
    SUCCESS(MaterialDesignC.CHECK_CIRCLE_OUTLINE),
    ERROR(MaterialDesignA.ALERT_CIRCLE_OUTLINE),
    EMPTY(MaterialDesignI.INBOX_OUTLINE);

    private final Ikon ikon;

    AppIcon(Ikon ikon) {
        this.ikon = ikon;
    }

    public Ikon ikon() {
        return ikon;
    }
}
