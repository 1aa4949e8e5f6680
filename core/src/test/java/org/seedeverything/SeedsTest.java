package org.seedeverything;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seedeverything.internal.Derivation;

/** The facade's contract, in one JVM (the surefire JVM has the required --add-opens flags). */
class SeedsTest {

    @AfterEach
    void forgetUserTargets() {
        Seeds.unregister("test.user");
    }

    /** Draws one value from every global source, in a fixed order. */
    private static List<Object> drawEverything() {
        List<Object> values = new ArrayList<>();
        values.add(Math.random());
        values.add(StrictMath.random());
        values.add(ThreadLocalRandom.current().nextLong());
        values.add(new SplittableRandom().nextLong());
        values.add(RandomGenerator.getDefault().nextLong());
        List<Integer> list = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        Collections.shuffle(list);
        values.add(list);
        values.add(RandomSource.XO_RO_SHI_RO_128_PP.create().nextLong());
        return values;
    }

    @Test
    @DisplayName("seeding twice with the same master gives the same values from every global source")
    void sameMasterSameValues() {
        Seeds.everything(2021);
        List<Object> first = drawEverything();
        Seeds.everything(2021);
        assertEquals(first, drawEverything());
        Seeds.everything(2022);
        List<Object> other = drawEverything();
        for (int i = 0; i < first.size(); i++) {
            assertNotEquals(first.get(i), other.get(i), "source " + i + " ignores the master");
        }
    }

    @Test
    @DisplayName("derive, random and splittable are the documented functions of (master, name, path)")
    void derivedValuesFollowTheDerivation() {
        Seeds.everything(7);
        assertEquals(7, Seeds.master());
        assertEquals(Derivation.derive(7, "dropout", 3), Seeds.derive("dropout", 3));
        assertEquals(new Random(Seeds.derive("a")).nextLong(), Seeds.random("a").nextLong());
        assertEquals(new SplittableRandom(Seeds.derive("b", 1)).nextLong(), Seeds.splittable("b", 1).nextLong());
        assertEquals(Seeds.stream("c").nextLong(), Seeds.stream("c").nextLong());
        assertNotEquals(Seeds.stream("c").nextLong(), Seeds.stream("c", 0).nextLong());
    }

    @Test
    @DisplayName("a derived seed does not depend on which other streams were created before it")
    void derivationIgnoresCallOrder() {
        Seeds.everything(11);
        long before = Seeds.derive("late");
        for (int i = 0; i < 100; i++) {
            Seeds.stream("early", i).nextLong();
        }
        assertEquals(before, Seeds.derive("late"));
    }

    @Test
    @DisplayName("the report lists every built-in target, seeded, with its derived seed and the environment")
    void reportDescribesEveryTarget() {
        SeedReport report = Seeds.builder().master(2021).log(false).apply();
        assertEquals(2021, report.master());
        assertEquals("argument", report.masterSource());
        assertEquals(SeedMode.SEED_ONLY, report.mode());
        for (String name : List.of("jdk.math-random", "jdk.strict-math-random", "jdk.thread-local-random",
                "jdk.splittable-random", "jdk.random-generators", "jdk.collections-shuffle",
                "commons-rng.seed-factory")) {
            TargetResult target = report.target(name).orElseThrow(() -> new AssertionError(name + " missing"));
            assertEquals(TargetStatus.SEEDED, target.status(), target.toString());
            assertEquals(Derivation.derive(2021, "target/" + name), target.seed());
            assertTrue(report.toString().contains(name));
        }
        assertEquals(TargetStatus.SKIPPED, report.target("jdk.secure-random").orElseThrow().status());
        assertTrue(report.problems().isEmpty());
        assertEquals(Runtime.getRuntime().availableProcessors() + "", report.environment().get("cores"));
        assertTrue(report.toString().contains("Seed set to 2021; reproduce with -Dseeds.master=2021"));
        assertFalse(report.uncontrolledSources().isEmpty());
        assertTrue(report.toJson().contains("\"name\": \"jdk.math-random\""));
    }

    @Test
    @DisplayName("excluded targets are reported SKIPPED and left alone; include narrows the set")
    void includeAndExclude() {
        Seeds.everything(1);
        double afterMasterOne = Math.random();
        Seeds.everything(1);
        SeedReport report = Seeds.builder().master(2).exclude("jdk.math-random").log(false).apply();
        assertEquals(TargetStatus.SKIPPED, report.target("jdk.math-random").orElseThrow().status());
        assertEquals(afterMasterOne, Math.random(), "the excluded Math.random() kept master 1's state");
        SeedReport only = Seeds.builder().master(2).include("jdk.split*").log(false).apply();
        assertEquals(TargetStatus.SEEDED, only.target("jdk.splittable-random").orElseThrow().status());
        assertEquals(TargetStatus.SKIPPED, only.target("jdk.math-random").orElseThrow().status());
        assertThrows(IllegalArgumentException.class, () -> Seeds.builder().exclude(" "));
    }

    @Test
    @DisplayName("a registered user target receives its derived seed now and at every later seeding")
    void userTargetsReceiveDerivedSeeds() {
        Seeds.everything(5);
        AtomicLong received = new AtomicLong();
        Seeds.register("test.user", received::set);
        assertEquals(Derivation.derive(5, "target/test.user"), received.get());
        SeedReport report = Seeds.builder().master(6).log(false).apply();
        assertEquals(Derivation.derive(6, "target/test.user"), received.get());
        assertEquals(TargetStatus.SEEDED, report.target("test.user").orElseThrow().status());
        assertTrue(Seeds.unregister("test.user"));
        assertFalse(Seeds.unregister("test.user"), "already removed");
        Seeds.builder().master(7).log(false).apply();
        assertEquals(Derivation.derive(6, "target/test.user"), received.get(), "an unregistered target is left alone");
    }

    @Test
    @DisplayName("a target that throws is reported FAILED; the others are still seeded")
    void failingTargetIsReported() {
        java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean();
        Seeds.register("test.user", seed -> {
            if (armed.get()) {
                throw new IllegalStateException("boom");
            }
        });
        armed.set(true);
        SeedReport report = Seeds.builder().master(3).log(false).apply();
        TargetResult failed = report.target("test.user").orElseThrow();
        assertEquals(TargetStatus.FAILED, failed.status());
        assertTrue(failed.detail().contains("boom"));
        assertEquals(List.of(failed), report.problems());
        assertEquals(TargetStatus.SEEDED, report.target("jdk.math-random").orElseThrow().status());
    }

    @Test
    @DisplayName("STRICT throws with every problem and its fix; DETERMINISTIC only warns")
    void strictThrowsDeterministicWarns() {
        java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean();
        Seeds.register("test.user", seed -> {
            if (armed.get()) {
                throw new IllegalStateException("boom");
            }
        });
        armed.set(true);
        SeedReport warned = Seeds.builder().master(3).mode(SeedMode.DETERMINISTIC).log(false).apply();
        assertFalse(warned.complete());
        assertFalse(warned.determinismNotes().isEmpty());
        SeedingException e = assertThrows(SeedingException.class,
                () -> Seeds.builder().master(3).mode(SeedMode.STRICT).log(false).apply());
        assertTrue(e.getMessage().contains("not seeded: test.user (FAILED): seeding threw"), e.getMessage());
        assertTrue(e.getMessage().contains("ForkJoinPool.common.parallelism"), e.getMessage());
        assertEquals(3, e.report().master());
    }

    @Test
    @DisplayName("isolate() puts every global generator back, so draws inside do not shift draws after it")
    void isolateRestoresState() {
        Seeds.everything(2021);
        List<Object> expected = drawEverything();
        Seeds.everything(2021);
        try (Isolation scope = Seeds.isolate()) {
            drawEverything();
            Seeds.everything(99);
            assertEquals(99, Seeds.master());
            drawEverything();
        }
        assertEquals(2021, Seeds.master());
        assertEquals(expected, drawEverything());
    }

    @Test
    @DisplayName("an outer isolate() scope closed before an inner one restores the outer snapshot and says so")
    void isolateClosedOutOfOrder() {
        Seeds.everything(2021);
        List<Object> expected = drawEverything();
        Seeds.everything(2021);
        Isolation outer = Seeds.isolate();
        drawEverything();
        Isolation inner = Seeds.isolate();
        Seeds.everything(99);
        IllegalStateException e = assertThrows(IllegalStateException.class, outer::close);
        assertTrue(e.getMessage().contains("Close scopes in reverse order of opening"), e.getMessage());
        assertTrue(e.getMessage().contains("SeedsTest.isolateClosedOutOfOrder"), e.getMessage());
        inner.close(); // already closed by the outer close: must not put back its own, newer snapshot
        assertEquals(2021, Seeds.master());
        assertEquals(expected, drawEverything(), "the state from before the outer scope");
    }

    @Test
    @DisplayName("register refuses the name of a built-in target, which would be seeded instead")
    void registerRefusesBuiltInNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Seeds.register("jdk.math-random", seed -> { }));
        assertTrue(e.getMessage().contains("'jdk.math-random'"), e.getMessage());
        assertTrue(e.getMessage().contains("register under your own name"), e.getMessage());
        assertFalse(Seeds.unregister("jdk.math-random"), "nothing was registered");
        SeedReport report = Seeds.builder().master(1).log(false).apply();
        assertTrue(report.target("jdk.math-random").orElseThrow().detail().contains("Math.random"));
    }

    @Test
    @DisplayName("deriveFor(master, ...) is derive(...) under that master, without setting a master")
    void deriveForIsDeriveUnderThatMaster() {
        Seeds.everything(7);
        assertEquals(Seeds.derive("dropout", 3), Seeds.deriveFor(7, "dropout", 3));
        assertEquals(Seeds.derive("target/jdk.math-random"),
                Seeds.builder().master(7).log(false).apply().target("jdk.math-random").orElseThrow().seed(),
                "a user stream named like a target's derivation name shares its seed: the prefix is no namespace");
        Seeds.deriveFor(8, "x");
        assertEquals(7, Seeds.master(), "deriveFor leaves the master alone");
    }

    @Test
    @DisplayName("a pool's threads are named after the pool and run their task")
    void threadFactoryNamesThreads() throws Exception {
        Seeds.everything(2021);
        var factory = Seeds.threadFactory("loader");
        AtomicLong ran = new AtomicLong();
        for (int k = 0; k < 2; k++) {
            Thread thread = factory.newThread(ran::incrementAndGet);
            assertEquals("loader-" + k, thread.getName());
            thread.start();
            thread.join();
        }
        assertEquals(2, ran.get());
    }

    @Test
    @DisplayName("seedCurrentThread reseeds the calling thread's per-thread generators from (master, name)")
    void seedCurrentThreadRepeatsPerName() {
        Seeds.everything(2021);
        Seeds.seedCurrentThread("task/3");
        long first = ThreadLocalRandom.current().nextLong();
        Seeds.seedCurrentThread("task/3");
        assertEquals(first, ThreadLocalRandom.current().nextLong(), "the same name gives the same draws");
        Seeds.seedCurrentThread("task/4");
        assertNotEquals(first, ThreadLocalRandom.current().nextLong(), "another name gives other draws");
        assertThrows(IllegalArgumentException.class, () -> Seeds.seedCurrentThread(" "));
    }

    @Test
    @DisplayName("child JVM options carry the master, the mode and the required flags")
    void childOptions() {
        Seeds.builder().master(-1).mode(SeedMode.DETERMINISTIC).log(false).apply();
        List<String> options = Seeds.childJvmOptions();
        assertTrue(options.contains("-Dseeds.master=-1"), options.toString());
        assertTrue(options.contains("-Dseeds.mode=DETERMINISTIC"), options.toString());
        assertTrue(options.containsAll(Seeds.requiredJvmOptions()), options.toString());
        ProcessBuilder builder = Seeds.configure(new ProcessBuilder("java", "-cp", "x", "Main"));
        assertEquals("java", builder.command().get(0));
        assertEquals(options, builder.command().subList(1, 1 + options.size()));
        assertThrows(IllegalArgumentException.class, () -> Seeds.configure(new ProcessBuilder()));
        Seeds.everything(2021);
    }

    @Test
    @DisplayName("bad names are rejected with a message that says what to pass")
    void badNames() {
        Seeds.everything(1);
        IllegalArgumentException nullName = assertThrows(IllegalArgumentException.class, () -> Seeds.derive(null));
        assertTrue(nullName.getMessage().contains("stream name"), nullName.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Seeds.derive("x", (long[]) null));
        assertThrows(IllegalArgumentException.class, () -> Seeds.register("", seed -> { }));
        assertThrows(IllegalArgumentException.class, () -> Seeds.threadFactory(" "));
        IllegalArgumentException noMode = assertThrows(IllegalArgumentException.class,
                () -> Seeds.builder().mode(null));
        assertTrue(noMode.getMessage().contains("SeedMode.DETERMINISTIC"), noMode.getMessage());
    }
}
