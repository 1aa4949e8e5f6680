package org.seedeverything.parity.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.seedeverything.parity.GoldenFile;
import org.seedeverything.parity.GoldenFile.Case;

/** Every case of {@code numpy-1.24.tsv} (made by {@code scripts/parity_vectors.py} from Debian's NumPy 1.24.2). */
class NumpyGoldenVectorsTest {

    @TestFactory
    Stream<DynamicTest> matchesNumpy124() {
        return GoldenFile.read("numpy-1.24.tsv").stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static int size(String text) {
        return Integer.parseInt(text);
    }

    private static void check(Case c) {
        String[] f = c.fields();
        switch (f[0]) {
            case "legacy_rand" -> GoldenFile.assertDoubles(c, legacy(f[1]).rand(size(f[2])));
            case "legacy_randn" -> GoldenFile.assertDoubles(c, legacy(f[1]).randn(size(f[2])));
            case "legacy_randint" -> GoldenFile.assertLongs(c, legacy(f[1]).randint(Long.parseLong(f[3]),
                    Long.parseLong(f[4]), size(f[2])));
            case "legacy_uniform" -> GoldenFile.assertDoubles(c, legacy(f[1]).uniform(Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]), size(f[2])));
            case "legacy_normal" -> GoldenFile.assertDoubles(c, legacy(f[1]).normal(Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]), size(f[2])));
            case "legacy_permutation" -> GoldenFile.assertLongs(c, legacy(f[1]).permutation(size(f[2])));
            case "legacy_choice" -> GoldenFile.assertLongs(c, legacy(f[1]).choice(size(f[2]), size(f[3]),
                    Boolean.parseBoolean(f[4].toLowerCase(java.util.Locale.ROOT))));
            case "legacy_sequence" -> {
                NumpyRandomState rs = legacy(f[1]);
                List<Double> out = new ArrayList<>();
                for (double v : rs.randn(3)) {
                    out.add(v);
                }
                for (double v : rs.rand(2)) {
                    out.add(v);
                }
                for (long v : rs.randint(0, 10, 3)) {
                    out.add((double) v);
                }
                for (double v : rs.randn(2)) {
                    out.add(v);
                }
                GoldenFile.assertDoubles(c, out.stream().mapToDouble(Double::doubleValue).toArray());
            }
            case "legacy_state" -> {
                NumpyRandomState rs = legacy(f[1]);
                rs.randn(3);
                NumpyRandomState.State state = rs.getState();
                java.nio.ByteBuffer key = java.nio.ByteBuffer.allocate(4 * 624).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                for (int word : state.key()) {
                    key.putInt(word);
                }
                String text = HexFormat.of().formatHex(key.array()) + "|" + state.position() + "|"
                        + (state.hasGauss() ? 1 : 0) + "|" + Double.toHexString(state.cachedGaussian());
                assertEquals(pythonHex(c.payload()), text, c.name());
                NumpyRandomState copy = new NumpyRandomState(7);
                copy.setState(state);
                assertEquals(rs.randn(5)[4], copy.randn(5)[4], "set_state continues the stream and the cache");
            }
            case "legacy_array_rand" -> {
                String[] parts = f[1].split(",");
                long[] key = new long[parts.length];
                for (int i = 0; i < key.length; i++) {
                    key[i] = Long.parseLong(parts[i]);
                }
                GoldenFile.assertDoubles(c, NumpyRandomState.ofArray(key).rand(size(f[2])));
            }
            case "legacy_seed" -> {
                assertEquals(true, c.payload().startsWith("ValueError"), "golden file records a rejection");
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> new NumpyRandomState(GoldenFile.parseLong(f[1])));
                assertEquals(true, e.getMessage().contains("Seed must be between 0 and 2**32 - 1"), e.getMessage());
            }
            case "gen_state" -> {
                long[] w = gen(f[1]).stateWords();
                assertEquals(c.payload(), String.format("%016x%016x|%016x%016x", w[0], w[1], w[2], w[3]), c.name());
            }
            case "gen_random" -> GoldenFile.assertDoubles(c, gen(f[1]).random(size(f[2])));
            case "gen_normal" -> GoldenFile.assertDoubles(c, gen(f[1]).standardNormal(size(f[2])));
            case "gen_normal32" -> GoldenFile.assertFloats(c, gen(f[1]).standardNormalFloat(size(f[2])));
            case "gen_integers" -> GoldenFile.assertLongs(c, gen(f[1]).integers(Long.parseLong(f[3]),
                    Long.parseLong(f[4]), size(f[2])));
            case "gen_uniform" -> GoldenFile.assertDoubles(c, gen(f[1]).uniform(Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]), size(f[2])));
            case "gen_gauss" -> GoldenFile.assertDoubles(c, gen(f[1]).normal(Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]), size(f[2])));
            case "gen_permutation" -> GoldenFile.assertLongs(c, gen(f[1]).permutation(size(f[2])));
            case "gen_choice" -> GoldenFile.assertLongs(c, gen(f[1]).choice(size(f[2]), size(f[3])));
            case "gen_choice_noreplace" -> GoldenFile.assertLongs(c, gen(f[1]).choiceWithoutReplacement(size(f[2]),
                    size(f[3])));
            case "gen_sequence" -> {
                NumpyGenerator g = gen(f[1]);
                List<Double> out = new ArrayList<>();
                for (long v : g.integers(0, 10, 3)) {
                    out.add((double) v);
                }
                for (double v : g.random(2)) {
                    out.add(v);
                }
                for (long v : g.integers(0, 1L << 40, 2)) {
                    out.add((double) v);
                }
                for (double v : g.standardNormal(3)) {
                    out.add(v);
                }
                for (long v : g.integers(0, 7, 5)) {
                    out.add((double) v);
                }
                GoldenFile.assertDoubles(c, out.stream().mapToDouble(Double::doubleValue).toArray());
            }
            case "gen_spawn" -> {
                NumpyGenerator parent = gen(f[1]);
                List<NumpyGenerator> children = new ArrayList<>(parent.spawn(2));
                children.addAll(parent.spawn(1));
                GoldenFile.assertDoubles(c, children.get(size(f[2])).random(size(f[3])));
            }
            default -> throw new IllegalArgumentException("unknown op " + f[0]);
        }
    }

    /** Python's float.hex() writes the exponent sign ({@code p+1}); Java's Double.toHexString does not. */
    private static String pythonHex(String payload) {
        return payload.replace("p+", "p");
    }

    private static NumpyRandomState legacy(String seed) {
        return new NumpyRandomState(Long.parseLong(seed));
    }

    private static NumpyGenerator gen(String seed) {
        return NumpyGenerator.defaultRng(Long.parseLong(seed));
    }
}
