package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.seedeverything.junit.SeedEverything;

/** Records one value of each global generator, one line per build, in values.txt. */
@SeedEverything
class SampleTest {

    @Test
    void recordsEveryGenerator() throws IOException {
        List<Integer> deck = new ArrayList<>(IntStream.range(0, 10).boxed().toList());
        Collections.shuffle(deck);
        String line = "math=" + Math.random()
                + " threadLocal=" + ThreadLocalRandom.current().nextLong()
                + " shuffle=" + deck.toString().replace(" ", "")
                + " commonsRng=" + RandomSource.XO_RO_SHI_RO_128_PP.create().nextLong();
        Files.writeString(Path.of("values.txt"), line + System.lineSeparator(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        assertEquals("kept", System.getProperty("sample.existing"), "prepare-agent keeps the argLine it found");
        assertEquals("yes", System.getProperty("sample.late"), "Surefire's own argLine keeps its options");
        if (Boolean.getBoolean("sample.fail")) {
            fail("failing on purpose, to print the reproduce line");
        }
    }
}
