package com.accountdesk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Names a test's call of a helper by its source line, so a failing wait says what it waited for. */
final class CallSite {
    private CallSite() {
    }

    /** "the source text (File.java:line)" of the first frame outside the testing helpers. */
    static String ofCaller() {
        StackWalker.StackFrame frame = StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().startsWith(CallSite.class.getPackageName() + "."))
                .findFirst().orElse(null));
        if (frame == null) {
            return "a condition";
        }
        String where = frame.getFileName() + ":" + frame.getLineNumber();
        Path source = Path.of("src/test/java", frame.getClassName().replaceAll("\\$.*", "").replace('.', '/') + ".java");
        try {
            List<String> lines = Files.readAllLines(source);
            return "`" + lines.get(frame.getLineNumber() - 1).trim() + "` (" + where + ")";
        } catch (IOException | IndexOutOfBoundsException e) {
            return "the condition at " + where;
        }
    }
}
