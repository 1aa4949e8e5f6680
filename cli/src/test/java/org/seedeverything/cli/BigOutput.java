package org.seedeverything.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.seedeverything.verify.HostilePrograms;

/**
 * Prints {@code megabytes} MB of 100-byte lines to stdout, the last of which holds the run's number (0, 1, ... by a
 * counter in the directory given), so that runs differ only at the very end.
 */
public final class BigOutput {
    private BigOutput() {
    }

    public static void main(String[] arguments) throws IOException {
        long megabytes = Long.parseLong(arguments[0]);
        int run = HostilePrograms.nextRun(Path.of(arguments[1]));
        byte[] line = ("x".repeat(99) + "\n").getBytes(StandardCharsets.US_ASCII);
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        for (long i = 0; i < megabytes * 10_000; i++) {
            out.write(line);
        }
        out.write(("run " + run + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
