package com.accountdesk.ui.common;

import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

import java.util.List;

/**
 * Lets a notification pass the clicks it gets to the window beneath it, except on its own close
 * button: a toast in a window's corner sits where dialog buttons are, and the "Cluster running"
 * one took a click meant for the wizard's Close. A popup is a window of its own, so the press,
 * release and click it gets are sent on, at the same place on screen, to what lies beneath.
 */
final class ClickThrough {
    /** Marks a notification's popup as looked at (passing clicks on or, a reminder, keeping them). */
    private static final String SEEN = ClickThrough.class.getName();

    private ClickThrough() {
    }

    /** Notification popups over {@code owner} not yet looked at pass their clicks on from now. */
    static void passClicksOn(Window owner) {
        for (Scene scene : unseenNotifications(owner)) {
            scene.addEventFilter(MouseEvent.ANY, new Forwarder());
        }
    }

    /** Notification popups over {@code owner} not yet looked at keep their clicks (a reminder runs its action on one). */
    static void keepClicks(Window owner) {
        unseenNotifications(owner);
    }

    private static List<Scene> unseenNotifications(Window owner) {
        return Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow p && p.getOwnerWindow() == owner && w.getScene() != null
                        && w.getScene().getRoot().lookup(".notification-bar") != null
                        && w.getScene().getRoot().getProperties().putIfAbsent(SEEN, Boolean.TRUE) == null)
                .map(Window::getScene)
                .toList();
    }

    /** Sends a press to what lies beneath, and the release and click that follow it to the same node. */
    private static final class Forwarder implements EventHandler<MouseEvent> {
        private Node beneath;

        @Override
        public void handle(MouseEvent e) {
            if (onCloseButton(e.getTarget())) {
                return;
            }
            if (e.getEventType() == MouseEvent.MOUSE_PRESSED) {
                beneath = nodeBeneath(e.getScreenX(), e.getScreenY());
            }
            boolean button = e.getEventType() == MouseEvent.MOUSE_PRESSED || e.getEventType() == MouseEvent.MOUSE_RELEASED
                    || e.getEventType() == MouseEvent.MOUSE_CLICKED || e.getEventType() == MouseEvent.MOUSE_DRAGGED;
            if (!button || beneath == null || beneath.getScene() == null) {
                return;
            }
            e.consume();
            Point2D at = beneath.getScene().getRoot().screenToLocal(e.getScreenX(), e.getScreenY());
            Point2D inScene = beneath.getScene().getRoot().localToScene(at);
            Event.fireEvent(beneath, new MouseEvent(beneath, beneath, e.getEventType(), inScene.getX(), inScene.getY(),
                    e.getScreenX(), e.getScreenY(), e.getButton(), e.getClickCount(), e.isShiftDown(), e.isControlDown(),
                    e.isAltDown(), e.isMetaDown(), e.isPrimaryButtonDown(), e.isMiddleButtonDown(), e.isSecondaryButtonDown(),
                    e.isSynthesized(), e.isPopupTrigger(), e.isStillSincePress(), null));
            if (e.getEventType() == MouseEvent.MOUSE_CLICKED) {
                beneath = null;
            }
        }

        private static boolean onCloseButton(EventTarget target) {
            for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
                if (n.getStyleClass().contains("close-button")) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The node of an app window (not a popup) at a point on screen: of the windows there, the
     * focused one, else the last opened (it is on top of the ones before it; the last focused one too
     * where every window claims the focus, as headless).
     */
    private static Node nodeBeneath(double screenX, double screenY) {
        List<Window> there = Window.getWindows().stream()
                .filter(w -> !(w instanceof PopupWindow) && w.isShowing() && w.getScene() != null
                        && screenX >= w.getX() && screenX < w.getX() + w.getWidth()
                        && screenY >= w.getY() && screenY < w.getY() + w.getHeight())
                .toList();
        List<Window> focused = there.stream().filter(Window::isFocused).toList();
        List<Window> candidates = focused.isEmpty() ? there : focused;
        Window top = candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
        if (top == null) {
            return null;
        }
        Parent root = top.getScene().getRoot();
        Point2D inRoot = root.screenToLocal(screenX, screenY);
        return inRoot == null ? null : pick(root, root.localToScene(inRoot));
    }

    /** The topmost visible node under a point of the scene, deepest first, as the toolkit itself picks. */
    private static Node pick(Node node, Point2D inScene) {
        if (!node.isVisible() || node.isMouseTransparent()) {
            return null;
        }
        if (node instanceof Parent parent) {
            List<Node> children = parent.getChildrenUnmodifiable();
            for (int i = children.size() - 1; i >= 0; i--) {
                Node hit = pick(children.get(i), inScene);
                if (hit != null) {
                    return hit;
                }
            }
        }
        Point2D local = node.sceneToLocal(inScene);
        return local != null && node.contains(local) ? node : null;
    }
}
