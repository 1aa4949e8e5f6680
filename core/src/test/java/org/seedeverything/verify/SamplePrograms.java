package org.seedeverything.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.seedeverything.fingerprint.Fingerprints;

/**
 * Small programs the verifier tests run in fresh JVMs; the first argument names the program. Each prints its
 * results to standard output, one value per line, so that the verifier can point at the line that differs.
 */
public final class SamplePrograms {
    private SamplePrograms() {
    }

    public static void main(String[] arguments) throws Exception {
        String program = arguments[0];
        switch (program) {
            // deterministic on one machine
            case "seeded-random" -> seededRandom();
            case "string-hash-map" -> stringHashMap();
            case "tree-map" -> treeMap();
            case "ordered-parallel-collect" -> orderedParallelCollect();
            case "identity-hash-codes" -> identityHashCodes();
            // nondeterministic
            case "unseeded-random" -> System.out.println("draw " + new Random().nextLong());
            case "math-random" -> System.out.println("draw " + Math.random());
            case "set-of-iteration-order" -> setOfIterationOrder();
            case "thread-race" -> threadRace();
            case "clock" -> clock();
            // for the verifier's own behaviour
            case "cores" -> System.out.println("cores " + Runtime.getRuntime().availableProcessors());
            case "crash" -> crash();
            case "hang" -> hang(arguments);
            case "write-files" -> writeFiles(Path.of(arguments[1]), arguments.length > 2);
            case "record-weights" -> recordWeights(arguments.length > 1);
            case "environment-property" -> System.out.println("backend " + System.getProperty("sample.backend"));
            default -> throw new IllegalArgumentException("Unknown sample program '" + program + "'");
        }
    }

    private static void seededRandom() {
        Random random = new Random(42);
        for (int i = 0; i < 5; i++) {
            System.out.println("draw " + random.nextInt());
        }
    }

    private static void stringHashMap() {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            map.put("key-" + i, i);
        }
        map.forEach((key, value) -> System.out.println(key + "=" + value));
    }

    private static void treeMap() {
        Map<String, Integer> map = new TreeMap<>();
        for (int i = 200; i > 0; i--) {
            map.put("key-" + i * 7919 % 1000, i);
        }
        map.forEach((key, value) -> System.out.println(key + "=" + value));
    }

    private static void orderedParallelCollect() {
        List<Integer> values = IntStream.range(0, 100_000).parallel().map(i -> i * 31 % 1009).boxed()
                .collect(Collectors.toList());
        System.out.println("size " + values.size());
        System.out.println("hash " + values.hashCode());
        System.out.println("head " + values.subList(0, 10));
    }

    private static void identityHashCodes() {
        for (int i = 0; i < 5; i++) {
            System.out.println("identity " + System.identityHashCode(new Object()));
        }
    }

    private static void setOfIterationOrder() {
        String[] elements = new String[1000];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = "element-" + i;
        }
        List<String> order = new ArrayList<>(Set.of(elements));
        System.out.println("first " + order.subList(0, 10));
    }

    private static void threadRace() throws Exception {
        int threads = 4;
        ConcurrentLinkedQueue<Integer> arrivals = new ConcurrentLinkedQueue<>();
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                for (int i = 0; i < 200_000; i++) {
                    arrivals.add(id);
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        int hash = 1;
        for (int id : arrivals) {
            hash = 31 * hash + id;
        }
        System.out.println("interleaving " + hash);
    }

    private static void clock() {
        System.out.println("clock");
        System.out.println("nanoTime " + System.nanoTime());
        System.out.println("instant " + Instant.now());
    }

    private static void crash() {
        System.err.println("loading the model");
        System.err.println("the model file is missing");
        System.exit(3);
    }

    /** Prints its own and a grandchild's process id to stderr, then waits forever. */
    private static void hang(String[] arguments) throws Exception {
        System.err.println("hanging pid " + ProcessHandle.current().pid());
        if (arguments.length > 1) {
            Process grandchild = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SamplePrograms.class.getName(), "hang").start();
            System.err.println("grandchild pid " + grandchild.pid());
        }
        System.err.println("waiting forever");
        System.err.flush();
        new CountDownLatch(1).await();
    }

    /**
     * Records "config" (text) and "layer1.W" (a 2x4 matrix from a seeded Random) into the process manifest; with
     * {@code unstable}, element 5 comes from the clock. Prints the recorded element 5 so tests know both values.
     */
    private static void recordWeights(boolean unstable) {
        Fingerprints.record("config", "lr=0.01 epochs=1");
        Random random = new Random(7);
        double[] weights = new double[8];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = random.nextGaussian();
        }
        if (unstable) {
            weights[5] = System.nanoTime() / 1e9;
        }
        Fingerprints.record("layer1.W", weights, 2, 4);
        System.out.println("element5 " + weights[5]);
    }

    private static void writeFiles(Path directory, boolean stampLine) throws IOException {
        Files.createDirectories(directory.resolve("reports"));
        Files.writeString(directory.resolve("reports/summary.txt"), "accuracy 0.93\n"
                + (stampLine ? "written at " + System.nanoTime() : "written once") + "\nloss 0.12\n");
        Files.write(directory.resolve("weights.bin"), new byte[] {1, 2, 3, 4});
    }
}
