package org.seedeverything.verify.internal;

import java.nio.file.Path;
import java.util.Map;
import org.seedeverything.verify.JvmRun;

/**
 * A finished run and what it left behind for comparison.
 *
 * @param run         the run
 * @param stdout      the file holding its standard output (compared as a stream, never held in memory)
 * @param files       the files it wrote under its output directory, by relative path
 * @param problem     why its results cannot be compared (crash, timeout, unreadable manifest), or {@code null}
 */
public record RunCapture(JvmRun run, Path stdout, Map<String, Path> files, String problem) {
}
