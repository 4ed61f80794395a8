package com.accountdesk.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.NamedArg;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * A button that shows only an icon. It cannot be made without a description, and the description
 * is both its tooltip (for the mouse) and its accessible text (for screen readers), so neither can
 * be forgotten. Usable from FXML: {@code <IconButton icon="COPY" description="Copy the key"/>}.
 */
public final class IconButton extends Button {
    private AppIcon icon;
    private String description;

    public IconButton(@NamedArg("icon") AppIcon icon, @NamedArg("description") String description) {
        getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "icon-button");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setAccessibleRole(AccessibleRole.BUTTON);
        setMnemonicParsing(false);
        setIcon(icon);
        setDescription(description);
    }

    /** Flat (the default, for rows and compact places) or bordered like a text button (for toolbars). */
    public boolean isFlat() {
        return getStyleClass().contains(Styles.FLAT);
    }

    public void setFlat(boolean flat) {
        getStyleClass().remove(Styles.FLAT);
        if (flat) {
            getStyleClass().add(Styles.FLAT);
        }
    }

    public AppIcon getIcon() {
        return icon;
    }

    public void setIcon(AppIcon icon) {
        if (icon == null) {
            throw new IllegalArgumentException("an icon button needs an icon");
        }
        this.icon = icon;
        setGraphic(Icons.icon(icon));
    }

    public String getDescription() {
        return description;
    }

    /** What the button does, e.g. "Copy the key to the clipboard": its tooltip and accessible text. */
    public void setDescription(String description) {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("an icon button needs a description for its tooltip and screen readers");
        }
        this.description = description;
        setAccessibleText(description);
        Tooltip tooltip = new Tooltip(description);
        tooltip.setShowDelay(Duration.millis(400));
        setTooltip(tooltip);
    }
}
