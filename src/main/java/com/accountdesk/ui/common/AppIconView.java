package com.accountdesk.ui.common;

import javafx.beans.NamedArg;
import org.kordamp.ikonli.javafx.FontIcon;

/** One of the app's icons as a node; usable from FXML: {@code <AppIconView icon="LOGO"/>}. */
public final class AppIconView extends FontIcon {
    private final AppIcon icon;

    public AppIconView(@NamedArg("icon") AppIcon icon) {
        super(icon.ikon());
        this.icon = icon;
        getStyleClass().add("app-icon");
    }

    public AppIcon getIcon() {
        return icon;
    }
}
