package org.seedeverything.agent;

/**
 * Thrown by the agent in {@code mode=strict} at an unseeded use of randomness, e.g. {@code new Random()} or
 * {@code Math.random()}. The message names the source, the call site and the change that seeds it.
 *
 * @since 0.1
 */
public final class UnseededRandomnessException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String callSite;

    /**
     * @param source what was used, e.g. {@code new java.util.Random()}
     * @param callSite where, e.g. {@code com.example.Trainer.shuffle(Trainer.java:42)}
     * @param fix how to seed it
     */
    public UnseededRandomnessException(String source, String callSite, String fix) {
        super("Unseeded " + source + " at " + callSite + " (seed-everything agent, mode=strict). Fix: " + fix
                + ". To list every such use instead, run with mode=audit.");
        this.source = source;
        this.callSite = callSite;
    }

    /** What was used, e.g. {@code new java.util.Random()}. */
    public String source() {
        return source;
    }

    /** Where: {@code class.method(File.java:line)}. */
    public String callSite() {
        return callSite;
    }
}
