package com.accountdesk.ui.common;

import java.nio.file.Path;

/**
 * What the app says about itself (About, Settings): its name, "name version", and where its log
 * files are. Given by the composition root, which knows the version and the platform's folders.
 */
public record AppInfo(String name, String versionLine, Path logFolder) {
}
