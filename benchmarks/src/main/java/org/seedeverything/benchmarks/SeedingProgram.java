package org.seedeverything.benchmarks;

import org.seedeverything.SeedReport;
import org.seedeverything.Seeds;
import org.seedeverything.TargetResult;
import org.seedeverything.nd4j.Nd4jSeeds;

/**
 * A whole process that seeds everything once: {@code core} excludes the ND4J target, {@code nd4j} includes it, which
 * loads ND4J's native backend. The difference of the two process times is the backend load.
 */
public final class SeedingProgram {
    private SeedingProgram() {
    }

    public static void main(String[] arguments) {
        boolean withNd4j = arguments.length == 1 && arguments[0].equals("nd4j");
        if (!withNd4j && !(arguments.length == 1 && arguments[0].equals("core"))) {
            throw new IllegalArgumentException("Expected one argument, core or nd4j, but got "
                    + String.join(" ", arguments));
        }
        // The Spark targets (Spark is on the benchmarks' class path) are not part of this comparison.
        Seeds.Builder builder = Seeds.builder().master(2021).log(false).exclude("spark.*");
        if (!withNd4j) {
            builder.exclude(Nd4jSeeds.TARGET_NAME);
        }
        SeedReport report = builder.apply();
        boolean nd4jSeeded = report.target(Nd4jSeeds.TARGET_NAME).map(TargetResult::seeded).orElse(false);
        if (nd4jSeeded != withNd4j) {
            throw new IllegalStateException("ND4J target seeded: " + nd4jSeeded + ", expected " + withNd4j + "\n"
                    + report);
        }
        System.out.println(report.targets().size() + " targets");
    }
}
