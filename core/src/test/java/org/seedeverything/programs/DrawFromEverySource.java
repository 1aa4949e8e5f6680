package org.seedeverything.programs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.apache.commons.rng.simple.RandomSource;
import org.seedeverything.SeedReport;
import org.seedeverything.Seeds;

/**
 * Test program: optionally seeds everything (first argument "seed" or "noseed"), then prints one line per randomness
 * source, so that two JVM launches can be compared line by line. A third mode, "report", prints the report JSON.
 */
public final class DrawFromEverySource {
    private DrawFromEverySource() {
    }

    public static void main(String[] arguments) {
        String mode = arguments.length > 0 ? arguments[0] : "seed";
        if (mode.equals("seed") || mode.equals("report")) {
            SeedReport report = Seeds.builder().master(2021).log(false).apply();
            if (mode.equals("report")) {
                System.out.print(report.toJson());
                return;
            }
        }
        if (mode.equals("launched")) {
            System.out.println("master " + Seeds.master());
        }
        draw();
    }

    /** One line per source; the labels make a failing comparison readable. */
    public static void draw() {
        System.out.println("Math.random " + Math.random());
        System.out.println("StrictMath.random " + StrictMath.random());
        System.out.println("ThreadLocalRandom " + ThreadLocalRandom.current().nextLong());
        System.out.println("SplittableRandom " + new SplittableRandom().nextLong());
        System.out.println("RandomGenerator.getDefault " + RandomGenerator.getDefault().nextLong());
        for (String algorithm : List.of("L64X128MixRandom", "L128X256MixRandom", "Xoshiro256PlusPlus",
                "Xoroshiro128PlusPlus", "L64X1024MixRandom")) {
            System.out.println("RandomGenerator.of(" + algorithm + ") "
                    + RandomGeneratorFactory.of(algorithm).create().nextLong());
        }
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            list.add(i);
        }
        Collections.shuffle(list);
        System.out.println("Collections.shuffle " + list);
        System.out.println("RandomSource.create " + RandomSource.XO_SHI_RO_256_PP.create().nextLong());
        System.out.println("RandomSource.create(MT) " + RandomSource.MT.create().nextInt());
        if (Seeds.isSeeded()) {
            System.out.println("Seeds.stream(x) " + Seeds.stream("x").nextLong());
        }
    }
}
