package org.seedeverything.dl4j.internal;

import java.util.List;

/**
 * The manifest entry names of {@code DeterminismListener}: {@code "iteration 12 / layer 0 / W / gradient"}. DL4J
 * keys parameters {@code <layer>_<parameter>} ({@code 0_W} in a {@code MultiLayerNetwork}, {@code dense1_W} in a
 * {@code ComputationGraph}); parameter names have no underscore, so the key is split at its last one.
 */
public final class EntryNames {
    /** The kind of a gradient entry. */
    public static final String GRADIENT = "gradient";
    /** The kind of a parameter entry. */
    public static final String PARAMETERS = "parameters";
    /** The kind of an updater state entry. */
    public static final String UPDATER_STATE = "updater state";
    /** The name of the configuration's seed entry. */
    public static final String CONFIGURATION_SEED = "configuration seed";

    private EntryNames() {
    }

    /** {@code "iteration <i> / layer <layer> / <parameter> / <kind>"} for DL4J's key {@code <layer>_<parameter>}. */
    public static String of(int iteration, String parameterKey, String kind) {
        int split = parameterKey.lastIndexOf('_');
        String layer = split > 0 ? parameterKey.substring(0, split) : "?";
        String parameter = split > 0 ? parameterKey.substring(split + 1) : parameterKey;
        return "iteration " + iteration + " / layer " + layer + " / " + parameter + " / " + kind;
    }

    /** The entry of one updater block, named by the parameters it holds the state of. */
    public static String updaterBlock(int iteration, List<String> parameterKeys) {
        String span = parameterKeys.size() == 1 ? parameterKeys.get(0)
                : parameterKeys.get(0) + ".." + parameterKeys.get(parameterKeys.size() - 1);
        return "iteration " + iteration + " / " + UPDATER_STATE + " " + span;
    }

    /** The score entry of an iteration. */
    public static String score(int iteration) {
        return "iteration " + iteration + " / score";
    }
}
