package org.seedeverything.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seedeverything.fingerprint.ElementDifference;
import org.seedeverything.fingerprint.EntryDifference;
import org.seedeverything.fingerprint.FingerprintRecorder;
import org.seedeverything.fingerprint.ManifestEntry;
import org.seedeverything.verify.Determinism;
import org.seedeverything.verify.DeterminismResult;
import org.seedeverything.verify.Difference;
import org.seedeverything.verify.JvmVerifier;
import org.seedeverything.verify.Verification;

/** The listener names the iteration, layer, parameter and element of an injected nondeterminism, in and across JVMs. */
class DeterminismListenerTest {
    private static final int INJECTED_AT = 3;
    private static final String EXPECTED_ENTRY = "iteration " + INJECTED_AT + " / layer 0 / W / parameters";
    /** W is [nIn = 10, nOut = 32]; element (1, 2) in C order. */
    private static final long EXPECTED_INDEX = InjectionProbe.ROW * SmallNetworks.HIDDEN + InjectionProbe.COLUMN;

    @Test
    @DisplayName("Determinism.check names iteration k, layer 0, W and the element disturbed at iteration k")
    void inProcessCheckNamesTheInjectedIteration() {
        DeterminismResult result = Determinism.check(2, 2021,
                recorder -> InjectionProbe.train(INJECTED_AT, DeterminismListener.everyIteration()));

        assertFalse(result.isDeterministic());
        EntryDifference first = result.firstDifference().orElseThrow();
        assertEquals(EXPECTED_ENTRY, first.name(), result::toString);
        ElementDifference element = first.firstElement().orElseThrow(() -> new AssertionError(result.toString()));
        assertEquals(EXPECTED_INDEX, element.index());
        assertArrayEquals(new long[] {InjectionProbe.ROW, InjectionProbe.COLUMN}, element.coordinates());
        assertNotEquals(element.expected(), element.actual());
    }

    @Test
    @DisplayName("the cross-JVM verifier (the CLI's verify) names the same entry and element")
    void verifierAcrossJvmsNamesTheInjectedIteration() {
        Verification verification = JvmVerifier.builder("-cp", System.getProperty("java.class.path"),
                InjectionProbe.class.getName(), String.valueOf(INJECTED_AT)).runs(2).seed(2021).build().verify();

        assertFalse(verification.deterministic(), verification::toString);
        Difference first = verification.firstDifference().orElseThrow();
        assertEquals(EXPECTED_ENTRY, first.subject(), verification::toString);
        assertEquals(EXPECTED_INDEX, first.index(), verification::toString);
        assertNotEquals(first.expected(), first.actual());
    }

    @Test
    @DisplayName("every(k) records iterations 0, k, 2k: gradients, parameters, updater state and score")
    void recordsEveryKthIteration() {
        FingerprintRecorder recorder = FingerprintRecorder.create();
        org.seedeverything.Seeds.builder().master(2021).log(false).apply();
        InjectionProbe.train(-1, DeterminismListener.every(5).recordInto(recorder));

        List<String> names = recorder.manifest().entries().stream().map(ManifestEntry::name)
                .collect(Collectors.toList());
        assertEquals("configuration seed", names.get(0));
        List<String> iterations = names.stream().filter(name -> name.startsWith("iteration "))
                .map(name -> name.substring(0, name.indexOf(" /"))).distinct().collect(Collectors.toList());
        // 2 epochs of 256 / 32 = 8 batches: iterations 0..15
        assertEquals(List.of("iteration 0", "iteration 5", "iteration 10", "iteration 15"), iterations);
        for (String expected : List.of("iteration 5 / layer 0 / W / gradient", "iteration 5 / layer 2 / b / gradient",
                "iteration 5 / layer 1 / W / parameters", "iteration 5 / score")) {
            assertTrue(names.contains(expected), expected + " in " + names);
        }
        assertTrue(names.stream().anyMatch(name -> name.startsWith("iteration 5 / updater state 0_W..")), names::toString);
    }
}
