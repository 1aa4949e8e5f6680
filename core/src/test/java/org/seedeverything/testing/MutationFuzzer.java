package org.seedeverything.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A seeded mutation fuzzer for the project's parsers (Jazzer's JUnit integration does not resolve from the
 * registry this build uses, so this loop stands in for it). It mutates a corpus of valid inputs (bit flips, byte
 * and token insertions, deletions, duplicated and spliced chunks, numbers at their limits) and feeds each mutant
 * to the parser; the parser may accept it or throw one of the documented exceptions, nothing else.
 *
 * <p>Short in CI: {@value #DEFAULT_ITERATIONS} inputs per parser. Longer on demand:
 * {@code -Dseeds.fuzz.iterations=1000000}; {@code -Dseeds.fuzz.seed=N} replays a run (the failure message names
 * its seed and the input).
 */
public final class MutationFuzzer {
    /** Inputs per parser when {@code seeds.fuzz.iterations} is not set: {@value}. */
    public static final int DEFAULT_ITERATIONS = 3000;
    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "-", "0",
        "1e999", "9223372036854775808", "-0x", "0x", "_", "=", "null", "true", ",,", " ", "\n", "\t", "\u0000",
        "\u00e9", "\ud83d\ude00", "\uff11", "\u0661", "fp1:", "xxh128:", "seed=", "mode=", "report=", "quiet",
        "--", "--seed", "--runs", "-1", "NaN", "Infinity", "%n", "${", "'"};

    private final SplittableRandom random;
    private final long seed;
    private final List<String> corpus;

    private MutationFuzzer(long seed, List<String> corpus) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.corpus = List.copyOf(corpus);
    }

    /** A fuzzer over {@code corpus}, seeded from {@code seeds.fuzz.seed} or the given default. */
    public static MutationFuzzer over(long defaultSeed, List<String> corpus) {
        return new MutationFuzzer(Long.getLong("seeds.fuzz.seed", defaultSeed), corpus);
    }

    /** How many inputs to try: {@code seeds.fuzz.iterations}, else {@link #DEFAULT_ITERATIONS}. */
    public static int iterations() {
        return Integer.getInteger("seeds.fuzz.iterations", DEFAULT_ITERATIONS);
    }

    /**
     * Feeds {@link #iterations()} mutants (and the corpus itself) to {@code parser}; throws an
     * {@link AssertionError} naming the seed and the input when it throws anything {@code documented} rejects.
     */
    public void run(Consumer<String> parser, Predicate<Throwable> documented) {
        List<String> inputs = new ArrayList<>(corpus);
        int iterations = iterations();
        for (int i = 0; i < iterations; i++) {
            inputs.add(mutate(corpus.get(random.nextInt(corpus.size()))));
            feed(parser, documented, inputs.get(inputs.size() - 1));
        }
        corpus.forEach(input -> feed(parser, documented, input));
    }

    private void feed(Consumer<String> parser, Predicate<Throwable> documented, String input) {
        try {
            parser.accept(input);
        } catch (Throwable thrown) {
            if (!documented.test(thrown)) {
                AssertionError failure = new AssertionError("fuzz seed " + seed + " (-Dseeds.fuzz.seed=" + seed
                        + "): undocumented " + thrown + " for input " + escape(input));
                failure.initCause(thrown);
                throw failure;
            }
        }
    }

    /** One to four random edits of {@code input}. */
    public String mutate(String input) {
        StringBuilder text = new StringBuilder(input);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
            switch (random.nextInt(8)) {
                case 0 -> { // flip a bit of one character
                    if (at < text.length()) {
                        text.setCharAt(at, (char) (text.charAt(at) ^ (1 << random.nextInt(8))));
                    }
                }
                case 1 -> text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> { // delete a chunk
                    int end = Math.min(text.length(), at + 1 + random.nextInt(8));
                    text.delete(Math.min(at, end), end);
                }
                case 3 -> { // duplicate a chunk
                    int end = Math.min(text.length(), at + 1 + random.nextInt(16));
                    text.insert(at, text.substring(Math.min(at, end), end));
                }
                case 4 -> { // splice in a piece of another corpus entry
                    String other = corpus.get(random.nextInt(corpus.size()));
                    int from = other.isEmpty() ? 0 : random.nextInt(other.length());
                    text.insert(at, other, from, Math.min(other.length(), from + 1 + random.nextInt(32)));
                }
                case 5 -> text.insert(at, (char) random.nextInt(0x80));
                case 6 -> text.insert(at, "9".repeat(1 + random.nextInt(40)));
                default -> { // repeat a token many times (deep nesting, long runs)
                    text.insert(at, TOKENS[random.nextInt(TOKENS.length)].repeat(1 + random.nextInt(2000)));
                }
            }
        }
        return text.toString();
    }

    /** The input as Java string literal text, cut to a readable length. */
    static String escape(String input) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : input.substring(0, Math.min(input.length(), 300)).toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? String.valueOf(c)
                    : String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
        }
        out.append('"');
        return input.length() > 300 ? out + "... (" + input.length() + " characters; UTF-8 bytes "
                + input.getBytes(StandardCharsets.UTF_8).length + ")" : out.toString();
    }
}
