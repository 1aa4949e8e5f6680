package org.seedeverything.verify;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Programs that try to fool or hurt the verifier, run in fresh JVMs by {@link HostileProgramsTest}. Those that must
 * differ between runs take a directory holding a counter, so that each run is told apart for certain (no clock or
 * chance involved).
 */
public final class HostilePrograms {
    private HostilePrograms() {
    }

    public static void main(String[] arguments) throws Exception {
        switch (arguments[0]) {
            case "latin1-letter" -> latin1Letter(Path.of(arguments[1]));
            case "binary-stdout" -> binaryStdout(Path.of(arguments[1]));
            case "silent" -> { }
            case "leave-children" -> leaveChildren(Path.of(arguments[1]));
            case "self-segv" -> selfSegv();
            case "deep-manifest" -> Files.writeString(Path.of(System.getProperty(JvmVerifier.MANIFEST_PROPERTY)),
                    "[".repeat(20_000) + "]".repeat(20_000));
            case "sparse-file" -> sparseFile(Path.of(arguments[1]), Long.parseLong(arguments[2]),
                    Path.of(arguments[3]));
            default -> throw new IllegalArgumentException("Unknown hostile program '" + arguments[0] + "'");
        }
    }

    /** 0, 1, 2, ... across runs sharing {@code directory}. */
    public static int nextRun(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (FileChannel channel = FileChannel.open(directory.resolve("counter"), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            ByteBuffer buffer = ByteBuffer.allocate(4);
            int value = channel.read(buffer, 0) == 4 ? buffer.flip().getInt() : 0;
            channel.write(ByteBuffer.allocate(4).putInt(0, value + 1), 0);
            return value;
        }
    }

    /** Prints "café" with a different accented letter per run, encoded as ISO-8859-1 (not valid UTF-8). */
    private static void latin1Letter(Path directory) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.ISO_8859_1);
        out.println("menu");
        out.println("caf" + (char) (0xE0 + nextRun(directory)));
        out.println("end");
    }

    /** Writes bytes that are not text, differing in one byte between runs. */
    private static void binaryStdout(Path directory) throws IOException {
        OutputStream out = System.out;
        out.write(new byte[] {0, (byte) 0xFF, (byte) 0xFE, (byte) (0xC0 + nextRun(directory)), (byte) 0x80, 0});
        out.flush();
    }

    /**
     * Starts two sleeping children and exits normally without waiting: a plain one and a detached one ({@code
     * setsid} inside a subshell that exits at once, so that it is re-parented to init). Their process ids go to
     * {@code pids.txt} in the directory.
     */
    private static void leaveChildren(Path directory) throws Exception {
        Files.createDirectories(directory);
        Path pids = directory.resolve("pids-" + nextRun(directory) + ".txt");
        Process plain = new ProcessBuilder("sleep", "300").start();
        Files.writeString(pids, plain.pid() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        new ProcessBuilder("sh", "-c", "(setsid sleep 301 & echo $! >> '" + pids + "') &").start().waitFor();
        while (Files.readAllLines(pids).size() < 2) {
            Thread.sleep(10); // the detached subshell writes its child's id a moment later
        }
        System.out.println("left children behind");
    }

    /** Sends itself SIGSEGV: the JVM's signal handler reports a fatal error on stdout and aborts. */
    private static void selfSegv() throws Exception {
        System.out.println("about to crash");
        System.out.flush();
        new ProcessBuilder("kill", "-SEGV", Long.toString(ProcessHandle.current().pid())).start().waitFor();
        Thread.sleep(60_000);
    }

    /** Writes a sparse file of {@code size} bytes whose last byte is the run number (so runs differ there). */
    private static void sparseFile(Path file, long size, Path counter) throws IOException {
        Files.createDirectories(file.getParent());
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(size);
            out.seek(size - 1);
            out.write(1 + nextRun(counter));
        }
        System.out.println("wrote " + size + " bytes");
    }
}
