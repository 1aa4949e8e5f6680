package org.seedeverything.benchmarks;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.seedeverything.SeedReport;
import org.seedeverything.Seeds;
import org.seedeverything.internal.Derivation;
import org.seedeverything.nd4j.Nd4jSeeds;

/** The facade's costs: seeding everything, deriving a stream, drawing from it; each beside its plain baseline. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class SeedsBenchmark {
    private long counter;
    private UniformRandomProvider derivedStream;
    private UniformRandomProvider rawGenerator;

    @Setup(Level.Trial)
    public void setUp() {
        Seeds.builder().master(2021).log(false).exclude(Nd4jSeeds.TARGET_NAME, "spark.*").apply();
        derivedStream = Seeds.stream("bench");
        rawGenerator = RandomSource.XO_SHI_RO_256_PP.create(2021L);
    }

    /**
     * {@code Seeds.everything} with the core targets (the ND4J and Spark targets excluded), after class loading
     * (logging off: SLF4J cost excluded).
     */
    @Benchmark
    public SeedReport everything() {
        return Seeds.builder().master(++counter).log(false).exclude(Nd4jSeeds.TARGET_NAME, "spark.*").apply();
    }

    /** Derive (master, name, index) and create the xoshiro256++ stream with its 256-bit native state. */
    @Benchmark
    public RestorableUniformRandomProvider deriveAndCreateStream() {
        return Seeds.streamFor(2021, "task", ++counter);
    }

    /** Evidence: the derivation alone (NumPy SeedSequence of master, name and index to 4 words), no generator. */
    @Benchmark
    public long[] deriveStateOnly() {
        return Derivation.state(2021, 4, "task", ++counter);
    }

    /** Baseline: what users write instead, the same generator from a long seed. */
    @Benchmark
    public RestorableUniformRandomProvider createFromLongSeed() {
        return RandomSource.XO_SHI_RO_256_PP.create(++counter);
    }

    /** One 64-bit draw from a derived stream. */
    @Benchmark
    public long drawFromDerivedStream() {
        return derivedStream.nextLong();
    }

    /** Baseline: one draw from the same generator created directly. */
    @Benchmark
    public long drawFromRawGenerator() {
        return rawGenerator.nextLong();
    }
}
