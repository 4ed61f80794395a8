package com.accountdesk.cli;

import com.accountdesk.app.StartupProbe;
import com.accountdesk.sandbox.SandboxMain;
import com.accountdesk.ui.common.ErrorMessages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The command line, with no window and no JavaFX: {@code account-desk status} and {@code
 * account-desk login}, their help, and what is neither a command nor an option of the window.
 * Exit codes: 0 all fine, 1 something needs attention, 2 bad input (nothing changed). picocli parses:
 * typed options, usage help and the exit code of a bad option come with it.
 */
@Command(name = "account-desk", subcommands = CommandLine.HelpCommand.class,
        description = {"Account Desk. With no arguments, or only the window's options below, it opens",
                "the window; the commands run with no window (for scripts, cron and CI)."})
public final class Cli {
    /** The first arguments that mean the command line rather than the app. */
    public static final Set<String> COMMANDS = Set.of("status", "login", "help", "-h", "--help");
    /** The window's options that take no value (AppConfig, StartupProbe). */
    private static final Set<String> WINDOW_FLAGS = Set.of("--fresh-sandbox", StartupProbe.FLAG);
    private static final String FILES_SECTION = "files";
    private static final String WINDOW_SECTION = "window";
    /** Not wrapped (a help section), so each option stays on its line. */
    private static final String WINDOW_OPTIONS = String.join(System.lineSeparator(), "",
            "The window's options:",
            "  --endpoint URL     sign in to URL (else ACCOUNTDESK_ENDPOINT, else the built-in sandbox)",
            "  --fresh-sandbox    start the built-in sandbox from its seeded demo account",
            "Also: account-desk --version; account-desk sandbox --help (the sandbox server alone).", "");
    public static final int FINE = 0;
    public static final int ATTENTION = 1;
    public static final int BAD_INPUT = 2;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    /**
     * Whether {@code args} are for the command line rather than the window: a command, help, or
     * anything the window does not take (a typo is told so, rather than opening a window, or failing
     * to where there is no display).
     */
    public static boolean handles(String[] args) {
        if (args.length == 0) {
            return false;
        }
        if (COMMANDS.contains(args[0])) {
            return true;
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (("--endpoint".equals(arg) || SandboxMain.FAULT_FLAGS.contains(arg)) && i + 1 < args.length) {
                i++;
            } else if (!WINDOW_FLAGS.contains(arg) && !arg.startsWith("-psn_")) { // macOS may add -psn_… to a start from Finder
                return true;
            }
        }
        return false;
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
        String files = FileLocations.describe(context.dirs());
        for (CommandLine command : line.getSubcommands().values()) {
            addSection(command, FILES_SECTION, files);
        }
        addSection(line, WINDOW_SECTION, WINDOW_OPTIONS);
        addSection(line, FILES_SECTION, files);
        line.setOut(new PrintWriter(context.out(), true));
        line.setErr(new PrintWriter(context.err(), true));
        line.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine where = ex.getCommandLine();
            if (where == line && ex instanceof UnmatchedArgumentException unmatched) {
                // Not a command: what was meant, if it looks like one, and the usage.
                context.err().println("Not a command of account-desk, nor an option of its window: "
                        + String.join(" ", unmatched.getUnmatched()));
                UnmatchedArgumentException.printSuggestions(ex, where.getErr());
                where.getErr().flush();
                context.err().println();
                context.err().print(where.getUsageMessage());
                return BAD_INPUT;
            }
            // A bad option: one sentence and exit 2, not the whole usage (that is under --help).
            context.err().println(ex.getMessage() + " (see: account-desk " + where.getCommandName() + " --help)");
            return BAD_INPUT;
        });
        // Anything else that goes wrong (a settings file that cannot be written, a closed input): one sentence, exit 1.
        line.setExecutionExceptionHandler((ex, commandLine, parsed) -> {
            context.err().println(describe(ex));
            return ATTENTION;
        });
        return line.execute(args);
    }

    /** Text after the footer, as it is: a help section is not wrapped, so a long path stays whole. */
    private static void addSection(CommandLine command, String key, String text) {
        List<String> sections = new ArrayList<>(command.getHelpSectionKeys());
        sections.add(key);
        command.setHelpSectionKeys(sections);
        command.getHelpSectionMap().put(key, help -> text);
    }

    private static String describe(Exception failure) {
        if (failure instanceof UncheckedIOException || failure instanceof IOException) {
            // Their messages name a file and what failed with it: no secret, and what the user needs.
            return "A file could not be read or written: " + failure.getMessage() + ".";
        }
        return ErrorMessages.describe(failure);
    }
}
