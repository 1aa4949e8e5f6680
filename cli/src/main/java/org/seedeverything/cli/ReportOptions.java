package org.seedeverything.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.seedeverything.internal.AtomicFiles;
import org.seedeverything.verify.Verification;
import picocli.CommandLine.Option;

/** Where verify, lock and check write their reports besides the terminal. */
final class ReportOptions {
    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON to FILE.")
    Path json;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write the report as a JUnit XML test"
            + " suite to FILE, for CI test-report views.")
    Path junitXml;

    /** Prints the report and writes the requested files; returns the exit code. */
    int publish(Verification verification, PrintWriter out) {
        out.print(verification);
        out.flush();
        if (json != null) {
            AtomicFiles.writeString(json, verification.toJson());
        }
        if (junitXml != null) {
            AtomicFiles.writeString(junitXml, verification.toJunitXml());
        }
        return verification.exitCode();
    }
}
