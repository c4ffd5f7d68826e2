package org.wikirefine.internal.dump;

import java.util.List;

import org.wikirefine.cli.DumpCommand;

import picocli.CommandLine;

/**
 * Throwaway main (test scope) to run {@code dump} before the lead's Main exists. With {@code --fake} as first
 * argument it uses {@link FakeProcessor}, otherwise the real refiner.
 */
public final class DumpMain {

    private DumpMain() {
    }

    public static void main(String[] args) {
        boolean fake = args.length > 0 && args[0].equals("--fake");
        String[] rest = fake ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        DumpCommand cmd = fake ? new DumpCommand((vs, f, o, r, si, s) -> new FakeProcessor(
                vs.stream().map(v -> v.code()).toList())) : new DumpCommand();
        System.exit(new CommandLine(cmd).execute(rest));
    }

    static List<String> list(String... s) {
        return List.of(s);
    }
}
