package org.seedeverything.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedeverything.Seeds;
import org.seedeverything.testing.ForkedJvm;

/** The demo runs end to end in a fresh JVM, writes a real PNG and reproduces its weights in a fresh child JVM. */
class DemoSmokeTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    @DisplayName("demo --quick prints the table, the findings, the lesson and a REPRODUCIBLE verdict, and writes a PNG")
    void quickDemoRunsEndToEnd(@TempDir Path out) throws IOException {
        ForkedJvm.Result result = ForkedJvm.create()
                .options(Seeds.requiredJvmOptions().stream()
                        .flatMap(option -> Arrays.stream(option.split(" ", 2))).toList())
                .timeoutSeconds(180)
                .run(Demo.class, "--quick", "--out", out.toString())
                .assertSuccess();
        String stdout = result.stdout();
        assertTrue(stdout.contains("VERDICT: REPRODUCIBLE. 2 of 2 fresh JVMs rebuilt all 24 parameters"), stdout);
        assertTrue(stdout.contains("[zeros] layer 1: all 200704 weights are 0"), stdout);
        assertTrue(stdout.contains("[he] none"), stdout);
        assertTrue(stdout.contains("he init: after 50 SGD steps the 16 hidden units are 16 distinct units"), stdout);

        Path png = out.resolve("activation-std.png");
        assertTrue(Files.isRegularFile(png), "no PNG at " + png + "\n" + stdout);
        assertTrue(stdout.contains(png.toAbsolutePath().toString()), "the demo must say where the PNG is");
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8), "PNG signature");
        assertTrue(bytes.length > 10_000 && bytes.length < 2_000_000, "implausible PNG size " + bytes.length);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(600, image.getHeight());
        assertTrue(distinctColours(image) > 8, "a plot has axes, lines and a legend in several colours");
        try (var leftovers = Files.list(out)) {
            assertEquals(List.of(png), leftovers.toList(), "no temporary files may remain");
        }
    }

    @Test
    @DisplayName("a bad option exits with status 2 and names the option")
    void badOption() {
        ForkedJvm.Result result = ForkedJvm.create().timeoutSeconds(60).run(Demo.class, "--children", "zero");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("--children zero"), result.stderr());
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
