package org.seedeverything.nd4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import org.bytedeco.javacpp.Loader;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.seedeverything.Isolation;
import org.seedeverything.SeedMode;
import org.seedeverything.SeedReport;
import org.seedeverything.Seeds;
import org.seedeverything.spi.DeterminismNote;

/**
 * Main class run in fresh JVMs by the forked tests. Prints {@code key=value} lines on stdout.
 *
 * <ul>
 *   <li>{@code seeding}: which natives are loaded before ND4J is used, then draws after {@code Seeds.everything(2021)}
 *       on the main thread, on three {@code Seeds.threadFactory} threads and on unseeded threads.</li>
 *   <li>{@code flags}: the report of {@code Seeds.everything} in mode DETERMINISTIC, the ND4J facts and what a child
 *       JVM would get.</li>
 * </ul>
 */
public final class SeedingProbe {
    private SeedingProbe() {
    }

    public static void main(String[] arguments) throws Exception {
        switch (arguments[0]) {
            case "seeding" -> seeding();
            case "flags" -> flags();
            default -> throw new IllegalArgumentException("unknown probe " + arguments[0]);
        }
    }

    private static void seeding() throws InterruptedException {
        // Everything core does without seeding ND4J (even an isolation scope) must leave ND4J's natives unloaded.
        Seeds.builder().master(2021).exclude("nd4j.*").mode(SeedMode.DETERMINISTIC).log(false).apply();
        Seeds.childJvmOptions();
        Seeds.requiredJvmOptions();
        Seeds.configure(new ProcessBuilder("java"));
        try (Isolation scope = Seeds.isolate()) {
            print("isolated", "true");
        }
        print("natives.before-use", String.valueOf(nd4jNativesLoaded()));

        SeedReport report = Seeds.builder().master(2021).log(false).apply();
        print("natives.after-seeding", String.valueOf(nd4jNativesLoaded()));
        print("status", report.target(Nd4jSeeds.TARGET_NAME).orElseThrow().status().name());
        print("main.rand", values(Nd4j.rand(DataType.FLOAT, 5)));
        print("main.randn", values(Nd4j.randn(DataType.DOUBLE, 5)));

        Map<String, String> draws = new ConcurrentHashMap<>();
        Runnable draw = () -> draws.put(Thread.currentThread().getName(),
                values(Nd4j.rand(DataType.FLOAT, 5)) + " " + values(Nd4j.randn(DataType.DOUBLE, 5)));
        ThreadFactory factory = Seeds.threadFactory("workers");
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            threads.add(factory.newThread(draw));
        }
        startAndJoin(threads);
        new TreeMap<>(draws).forEach((name, value) -> print("seeded." + name, value));

        // Unseeded threads get clock-seeded generators; make sure two of them see different milliseconds.
        for (int k = 0; k < 3; k++) {
            long[] createdBy = new long[1];
            Thread unseeded = new Thread(() -> {
                INDArray values = Nd4j.rand(DataType.FLOAT, 5);
                createdBy[0] = System.currentTimeMillis();
                print("unseeded." + Thread.currentThread().getName(), values(values));
            }, "plain-" + k);
            startAndJoin(List.of(unseeded));
            waitForClockAfter(createdBy[0]);
        }
    }

    private static void flags() {
        SeedReport report = Seeds.builder().master(2021).mode(SeedMode.DETERMINISTIC).log(false).apply();
        int index = 0;
        for (DeterminismNote note : report.determinismNotes()) {
            if (note.source().startsWith("nd4j.")) {
                print("note." + index++, note.source() + "|" + note.applied() + "|" + note.message() + "|" + note.fix());
            }
        }
        Nd4jEnvironment.facts().forEach((key, value) -> print("fact." + key, value));
        print("child.options", String.join(" ", Seeds.childJvmOptions()));
        Map<String, String> environment = Seeds.configure(new ProcessBuilder("java")).environment();
        for (String variable : List.of("OMP_NUM_THREADS", "SD_MAX_THREADS", "SD_MASTER_THREADS",
                "SD_FORBID_HELPERS")) {
            print("child.env." + variable, String.valueOf(environment.get(variable)));
        }
    }

    /** Whether javacpp has loaded any library of ND4J's backend; reading it loads nothing. */
    private static boolean nd4jNativesLoaded() {
        return Loader.getLoadedLibraries().keySet().stream().anyMatch(name -> name.contains("nd4j"));
    }

    private static void startAndJoin(List<Thread> threads) throws InterruptedException {
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** Polls the clock (no sleeping) until it shows a later millisecond than {@code millis}. */
    private static void waitForClockAfter(long millis) {
        while (System.currentTimeMillis() <= millis) {
            Thread.onSpinWait();
        }
    }

    private static String values(INDArray array) {
        return array.dataType() == DataType.DOUBLE ? Arrays.toString(array.toDoubleVector())
                : Arrays.toString(array.toFloatVector());
    }

    private static synchronized void print(String key, String value) {
        System.out.println(key + "=" + value);
    }
}
