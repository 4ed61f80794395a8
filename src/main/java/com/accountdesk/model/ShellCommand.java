package com.accountdesk.model;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A command line for a POSIX shell (sh, bash, zsh) built from words, every one of them quoted, so
 * that whatever a word holds (a server's id, a name, a password, a JSON body) reaches the program
 * as that one word and is never run: no {@code ;}, {@code $( )}, {@code $IFS}, backtick, glob or
 * newline in it means anything to the shell.
 */
public final class ShellCommand {
    /** Words made only of these need no quotes; anything else is single-quoted. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private ShellCommand() {
    }

    /** The words joined by spaces, each quoted as {@link #quote} does. */
    public static String of(String... words) {
        return Arrays.stream(words).map(ShellCommand::quote).collect(Collectors.joining(" "));
    }

    /**
     * One word as the shell must see it: as it is when it has only characters that mean nothing to
     * the shell, else in single quotes, where nothing is special; a {@code '} inside becomes
     * {@code '\''} (close, an escaped quote, reopen). An empty word is {@code ''}.
     */
    public static String quote(String word) {
        if (word.isEmpty()) {
            return "''";
        }
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
