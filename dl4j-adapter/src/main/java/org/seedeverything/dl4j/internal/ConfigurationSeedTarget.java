package org.seedeverything.dl4j.internal;

import org.seedeverything.dl4j.Dl4jSeeds;
import org.seedeverything.spi.SeedOutcome;
import org.seedeverything.spi.SeedTarget;

/**
 * The {@value #NAME} target: DL4J's clock seeds that no global seeding reaches. {@code NeuralNetConfiguration.Builder}
 * initialises its {@code seed} field with {@code System.currentTimeMillis()} and {@code DataSet.shuffle()} passes the
 * clock to {@code shuffle(long)}; only the program (or the agent, which rewrites those two calls) can replace them.
 * The report names the line to add. Registered in {@code META-INF/services}.
 */
public final class ConfigurationSeedTarget implements SeedTarget {
    /** The target's name: {@value}. */
    public static final String NAME = "dl4j.configuration";
    /** The system property the agent sets while it replaces DL4J's clock seeds: {@value}. */
    public static final String AGENT_PROPERTY = "seeds.agent.dl4j";
    /** The line the report and the docs ask for. */
    public static final String FIX = "new NeuralNetConfiguration.Builder().seed(Seeds.derive(\""
            + Dl4jSeeds.MODEL_SEED_NAME + "\")) (or Dl4jSeeds.configure(builder)), and dataSet.shuffle(Seeds.derive(\""
            + Dl4jSeeds.SHUFFLE_SEED_NAME + "\", epoch)) instead of dataSet.shuffle()";
    private static final String DL4J_CLASS = "org.deeplearning4j.nn.conf.NeuralNetConfiguration";

    /** Used by {@link java.util.ServiceLoader}. */
    public ConfigurationSeedTarget() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SeedOutcome seed(long seed) {
        if (!dl4jPresent()) {
            return SeedOutcome.notPresent("DL4J (deeplearning4j-nn) is not on the class path");
        }
        if ("active".equals(System.getProperty(AGENT_PROPERTY))) {
            return SeedOutcome.seeded("the agent replaces the clock in NeuralNetConfiguration.Builder and"
                    + " DataSet.shuffle() with seeds from the master");
        }
        return SeedOutcome.skipped("NeuralNetConfiguration.Builder and DataSet.shuffle() seed from the clock unless"
                + " given a seed; no global seeding reaches them", FIX);
    }

    private static boolean dl4jPresent() {
        try {
            Class.forName(DL4J_CLASS, false, ConfigurationSeedTarget.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
