package org.seedeverything.cli;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seedeverything.testing.MutationFuzzer;
import picocli.CommandLine;

/**
 * The command line's parsing against mutated arguments: parsed, or a {@link CommandLine.ParameterException} (a
 * usage error, exit 2), nothing else. Parsing only: no program is run.
 */
class CliArgumentsFuzzTest {
    @Test
    @DisplayName("arguments parse or give a usage error")
    void arguments() {
        CommandLine commandLine = SeedEverythingCli.commandLine(); // built once: picocli resets it for every parse
        MutationFuzzer.over(7, List.of(
                        "verify\u0001--runs\u00013\u0001--seed\u00012021\u0001--timeout\u000190s\u0001--cores\u00011,2"
                                + "\u0001--\u0001-cp\u0001app.jar\u0001Main",
                        "lock\u0001--update\u0001-f\u0001x.json\u0001--mode\u0001STRICT\u0001--seed\u00010x7E5"
                                + "\u0001--\u0001-jar\u0001app.jar",
                        "check\u0001--timeout\u0001PT5M\u0001--parallel\u00012\u0001--json\u0001r.json",
                        "run\u0001--seed\u0001-1\u0001--timeout\u0001500ms\u0001--\u0001Main",
                        "report\u0001--json\u0001--seed\u00019223372036854775807"))
                .run(text -> commandLine.parseArgs(split(text)),
                        thrown -> thrown instanceof CommandLine.ParameterException);
    }

    /** Arguments are joined by U+0001 in the corpus, so that mutations can also merge and split them. */
    private static String[] split(String text) {
        List<String> arguments = new ArrayList<>(List.of(text.split("\u0001", -1)));
        return arguments.toArray(String[]::new);
    }
}
