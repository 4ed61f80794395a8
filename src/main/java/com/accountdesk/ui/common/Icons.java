package com.accountdesk.ui.common;

import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;

/** Icons from the Material Design font (Ikonli): sized and coloured by the theme's stylesheet. */
public final class Icons {
    private Icons() {
    }

    public static AppIconView icon(AppIcon icon) {
        return new AppIconView(icon);
    }

    /** Puts an icon before a button's or label's text; the text stays, so it is still read out. */
    public static <L extends Labeled> L withIcon(L labeled, AppIcon icon) {
        labeled.setGraphic(icon(icon));
        return labeled;
    }

    public static <M extends MenuItem> M withIcon(M item, AppIcon icon) {
        item.setGraphic(icon(icon));
        return item;
    }
}
