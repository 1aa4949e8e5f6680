package org.seedeverything.verify.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The standard output a lock file keeps: its SHA-256 ({@code null} in locks written before it was kept) and its
 * lines ({@code null} when the output was too large or not UTF-8 text). When both are kept, the lines are what
 * {@code check} compares (a reviewer may edit them), the hash a record of the bytes.
 *
 * <p>Lines with a hash were split at {@code '\n'} only, the last one being what follows the last break (often
 * empty), so joining them with {@code '\n'} gives the bytes back; lines without a hash (older locks) each ended
 * with a break.
 */
public record LockedStdout(String sha256, List<String> lines) {
    /** The output the lines stand for, as bytes. */
    byte[] bytes() {
        String text = sha256 != null ? String.join("\n", lines)
                : lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
