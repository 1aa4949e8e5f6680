package org.seedeverything.djl;

import java.util.OptionalInt;
import org.seedeverything.djl.internal.DjlEngineTarget;

/**
 * What {@code Seeds.everything} does for DJL, and the seed it used.
 *
 * <pre>{@code
 * Seeds.everything(2021);                       // seeds every DJL engine and RandomUtils.RANDOM
 * int s = DjlSeeds.engineSeed().orElseThrow();   // torch.manual_seed(s) in Python draws the same numbers
 * }</pre>
 *
 * <p>Each engine gets {@code Engine.setRandomSeed(s)}, for PyTorch also libtorch's {@code manual_seed(s)}, with one
 * non-negative int {@code s} derived from the master and {@value #TARGET_NAME}; then {@code RandomUtils.RANDOM} gets
 * {@code s} too, as after DJL's own {@code Engine.getInstance().setRandomSeed(s)}. Engines that refuse a seed
 * (OnnxRuntime, which has no generator) are named in the report, not thrown.
 *
 * @since 0.1
 */
public final class DjlSeeds {
    /** The seed target's name, for {@code Seeds.builder().exclude(...)} and the report: {@value}. */
    public static final String TARGET_NAME = DjlEngineTarget.NAME;

    private DjlSeeds() {
    }

    /**
     * The int that DJL's engines got from the last {@code Seeds.everything} in this JVM; empty when DJL has not been
     * seeded (no master yet, DJL excluded or absent).
     */
    public static OptionalInt engineSeed() {
        return DjlEngineTarget.lastEngineSeed();
    }
}
