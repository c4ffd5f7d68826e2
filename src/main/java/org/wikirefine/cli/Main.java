package org.wikirefine.cli;

import org.wikirefine.internal.BuildInfo;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code wikirefine} command line. Exit codes: 0 success, 1 partial (some pages failed), 2 usage error,
 * 3 fatal error.
 */
@Command(name = "wikirefine", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns MediaWiki wikitext (a page or a whole dump) into clean structured text.",
        subcommands = {PageCommand.class, DumpCommand.class, ConvertCommand.class, TemplatesCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int PARTIAL = 1;
    public static final int USAGE = 2;
    public static final int FATAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (for tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler(new ShortUsageErrors());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("wikirefine: " + ex.getMessage());
            return FATAL;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (page, dump, convert, templates)");
    }

    /** {@code --version}: the version and the commit the jar was built from (see {@link BuildInfo}). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {BuildInfo.current().describe(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
