package org.seedeverything.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Prints {@code megabytes} MB of 100-byte lines to stdout, the last of which holds the run's number (0, 1, ... by a
 * counter in the directory given), so that runs differ only at the very end.
 */
public final class BigOutput {
    private BigOutput() {
    }

    public static void main(String[] arguments) throws IOException {
        long megabytes = Long.parseLong(arguments[0]);
        int run = nextRun(Path.of(arguments[1]));
        byte[] line = ("x".repeat(99) + "\n").getBytes(StandardCharsets.US_ASCII);
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        for (long i = 0; i < megabytes * 10_000; i++) {
            out.write(line);
        }
        out.write(("run " + run + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static int nextRun(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (FileChannel channel = FileChannel.open(directory.resolve("counter"), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            ByteBuffer buffer = ByteBuffer.allocate(4);
            int value = channel.read(buffer, 0) == 4 ? buffer.flip().getInt() : 0;
            channel.write(ByteBuffer.allocate(4).putInt(0, value + 1), 0);
            return value;
        }
    }
}
