package org.seedeverything.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seedeverything.testing.ForkedJvm;

/**
 * On JDK 24 and later, where the JDK warns about {@code sun.misc.Unsafe} memory access and can deny it, fingerprints
 * of every source come out equal to the golden vectors in a fresh JVM that denies it, and a fresh JVM in normal use
 * prints no warning. The child runs the same JDK as the test ({@code java.home}); CI runs the build on JDK 17 (where
 * these tests are skipped) and on JDK 25.
 */
class WithoutUnsafeTest {
    private static final String ARRAYS_AND_BUFFERS = "arrays-and-buffers";
    private static final String EVERY_SOURCE = "every-source";

    /** Prints "name TAB fingerprint" for the golden vectors, computed from arrays, buffers and (asked) raw memory. */
    public static final class GoldenProgram {
        public static void main(String[] args) {
            float[] ramp = FingerprintGoldenTest.ramp(13 << 17);
            long rows = 13 << 7;
            long columns = 1 << 10;
            print("float32_2x3", Fingerprints.of(FingerprintGoldenTest.sixFloats(), 2, 3));
            print("int16_2x2", Fingerprints.of(new short[] {-32768, -1, 1, 32767}, 2, 2));
            print("bool_3", Fingerprints.of(new boolean[] {true, false, true}));
            print("utf8_hello", Fingerprints.of("héllo wörld"));
            print("ramp_6.5MiB", Fingerprints.of(ramp));
            ByteBuffer heap = ByteBuffer.allocate(ramp.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            heap.asFloatBuffer().put(ramp);
            print("ramp_6.5MiB_2d", Fingerprints.of(heap, DType.FLOAT32, rows, columns));
            ByteBuffer direct = ByteBuffer.allocateDirect(ramp.length * 4).order(ByteOrder.nativeOrder());
            direct.asFloatBuffer().put(ramp);
            print("ramp_6.5MiB_2d", Fingerprints.of(direct, DType.FLOAT32, rows, columns));
            if (args[0].equals(EVERY_SOURCE)) {
                print("ramp_6.5MiB_2d", Fingerprints.ofMemory(DType.FLOAT32, new long[] {rows, columns},
                        TestMemory.address(direct), ramp.length * 4L));
                print("ramp_6.5MiB_2d", Fingerprints.builder().threads(2).build().ofMemory(DType.FLOAT32,
                        new long[] {rows, columns}, TestMemory.address(direct), ramp.length * 4L));
                ByteBuffer columnMajor = ByteBuffer.allocateDirect(ramp.length * 4).order(ByteOrder.nativeOrder());
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < columns; c++) {
                        columnMajor.putFloat((int) (c * rows + r) * 4, ramp[(int) (r * columns + c)]);
                    }
                }
                print("ramp_6.5MiB_2d", Fingerprints.ofStridedMemory(DType.FLOAT32, new long[] {rows, columns},
                        new long[] {1, rows}, TestMemory.address(columnMajor)));
                Reference.reachabilityFence(columnMajor);
            }
            Reference.reachabilityFence(direct);
        }

        private static void print(String name, Fingerprint fingerprint) {
            System.out.println(name + "\t" + fingerprint);
        }
    }

    /** Fingerprints raw memory and prints the exception's message, or "no exception". */
    public static final class RawMemoryProgram {
        public static void main(String[] args) {
            ByteBuffer direct = ByteBuffer.allocateDirect(64);
            try {
                Fingerprints.ofMemory(DType.INT8, new long[] {64}, TestMemory.address(direct), 64);
                System.out.println("no exception");
            } catch (UnsupportedOperationException refused) {
                System.out.println(refused.getMessage());
            } finally {
                Reference.reachabilityFence(direct);
            }
        }
    }

    @BeforeEach
    void onlyWhereTheJdkWarns() {
        assumeTrue(Runtime.version().feature() >= 24, "JDK " + Runtime.version().feature() + " neither warns about"
                + " nor denies sun.misc.Unsafe memory access (JDK 24+ does); CI runs this on JDK 25");
    }

    /** Runs {@link GoldenProgram} on {@code sources}, checks its lines against the golden file, returns its stderr. */
    private static String runGolden(String sources, String... options) throws IOException {
        ForkedJvm.Result result = ForkedJvm.create().options(options).run(GoldenProgram.class, sources).assertSuccess();
        Map<String, String> golden = FingerprintGoldenTest.vectors();
        String[] lines = result.stdout().strip().split("\n");
        assertEquals(sources.equals(EVERY_SOURCE) ? 10 : 7, lines.length, result.stdout());
        for (String line : lines) {
            String[] parts = line.split("\t");
            assertEquals(golden.get(parts[0]), parts[1], line);
        }
        return result.stderr();
    }

    @Test
    @DisplayName("with --sun-misc-unsafe-memory-access=deny every source gives the golden fingerprints")
    void goldenWhenUnsafeIsDenied() throws IOException {
        assertEquals("", runGolden(EVERY_SOURCE, "--sun-misc-unsafe-memory-access=deny",
                "--enable-native-access=ALL-UNNAMED"), "nothing on stderr");
    }

    @Test
    @DisplayName("in normal use (no JVM flags) arrays and buffers print no warning at all")
    void noWarningInNormalUse() throws IOException {
        assertEquals("", runGolden(ARRAYS_AND_BUFFERS), "nothing on stderr");
    }

    @Test
    @DisplayName("raw memory without flags: no Unsafe warning (only the JDK's note on native access, documented)")
    void rawMemoryWithoutFlags() throws IOException {
        String stderr = runGolden(EVERY_SOURCE);
        assertFalse(stderr.contains("Unsafe"), stderr);
    }

    @Test
    @DisplayName("with native access denied, raw memory is refused with the flag that allows it (arrays still work)")
    void nativeAccessDenied() throws IOException {
        ForkedJvm.Result result = ForkedJvm.create().options("--illegal-native-access=deny")
                .run(RawMemoryProgram.class).assertSuccess();
        assertTrue(result.stdout().contains("--enable-native-access=ALL-UNNAMED"), result.stdout());
        assertEquals("", runGolden(ARRAYS_AND_BUFFERS, "--illegal-native-access=deny"), "nothing on stderr");
    }
}
