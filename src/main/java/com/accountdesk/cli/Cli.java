package com.accountdesk.cli;

import com.accountdesk.ui.common.ErrorMessages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The command line, with no window and no JavaFX: {@code account-desk status} and {@code
 * account-desk login}. Exit codes: 0 all fine, 1 something needs attention, 2 bad input (nothing
 * changed). picocli parses: typed options, usage help and the exit code of a bad option come with it.
 */
@Command(name = "account-desk", description = "Account Desk on the command line (no window).",
        subcommands = CommandLine.HelpCommand.class)
public final class Cli {
    /** The first arguments that mean the command line rather than the app. */
    public static final Set<String> COMMANDS = Set.of("status", "login", "help");
    public static final int FINE = 0;
    public static final int ATTENTION = 1;
    public static final int BAD_INPUT = 2;

    /** Whether {@code args} ask for a command rather than the window. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /**
     * From {@code Launcher} (which has sent logging to the log files, so warnings never come between
     * the lines a script reads): this process's streams and folders; the exit code to end with.
     */
    public static int main(String[] args) {
        return run(args, CliContext.ofThisProcess());
    }

    public static int run(String[] args, CliContext context) {
        CommandLine line = new CommandLine(new Cli())
                .addSubcommand("status", new StatusCommand(context))
                .addSubcommand("login", new LoginCommand(context));
        line.setOut(new PrintWriter(context.out(), true));
        line.setErr(new PrintWriter(context.err(), true));
        // A bad option: one sentence and exit 2, not the whole usage (that is under --help).
        line.setParameterExceptionHandler((ex, arguments) -> {
            context.err().println(ex.getMessage() + " (see: account-desk " + ex.getCommandLine().getCommandName()
                    + " --help)");
            return BAD_INPUT;
        });
        // Anything else that goes wrong (a settings file that cannot be written, a closed input): one sentence, exit 1.
        line.setExecutionExceptionHandler((ex, commandLine, parsed) -> {
            context.err().println(describe(ex));
            return ATTENTION;
        });
        return line.execute(args);
    }

    private static String describe(Exception failure) {
        if (failure instanceof UncheckedIOException || failure instanceof IOException) {
            // Their messages name a file and what failed with it: no secret, and what the user needs.
            return "A file could not be read or written: " + failure.getMessage() + ".";
        }
        return ErrorMessages.describe(failure);
    }
}
