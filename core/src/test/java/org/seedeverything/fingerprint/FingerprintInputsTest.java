package org.seedeverything.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One list of fingerprint inputs: every public way to fingerprint ({@code FingerprintFunction.of*},
 * {@code Fingerprints.of*}) and to record ({@code Fingerprints.record*}, {@code FingerprintRecorder.record*}) accepts
 * the same inputs. Read by reflection, so adding an input to one list and not the others fails here.
 */
class FingerprintInputsTest {
    /**
     * The inputs of the public methods of {@code type} whose name starts with {@code prefix}, as "suffix(types)":
     * {@code ofMemory(DType, long[], long, long)} and {@code recordMemory(String, DType, long[], long, long)} both
     * become {@code Memory(DType,long[],long,long)} (a record's leading name dropped).
     */
    private static Set<String> inputs(Class<?> type, String prefix, Predicate<Method> which) {
        Set<String> inputs = new TreeSet<>();
        for (Method method : type.getMethods()) {
            if (method.getDeclaringClass() == type && method.getName().startsWith(prefix) && which.test(method)) {
                List<Class<?>> parameters = Arrays.asList(method.getParameterTypes());
                if (prefix.equals("record")) {
                    assertEquals(String.class, parameters.get(0), method + " takes the entry name first");
                    parameters = parameters.subList(1, parameters.size());
                }
                inputs.add(method.getName().substring(prefix.length()) + parameters.stream()
                        .map(Class::getSimpleName).toList());
            }
        }
        assertFalse(inputs.isEmpty(), type + " has " + prefix + " methods");
        return inputs;
    }

    @Test
    @DisplayName("of, Fingerprints.of, Fingerprints.record and FingerprintRecorder.record take the same inputs")
    void sameInputsEverywhere() {
        Set<String> function = inputs(FingerprintFunction.class, "of", method -> true);
        Set<String> facade = inputs(Fingerprints.class, "of", method -> Modifier.isStatic(method.getModifiers()));
        Set<String> facadeRecord = inputs(Fingerprints.class, "record",
                method -> Modifier.isStatic(method.getModifiers()) && !method.getName().equals("recorder")
                        && !method.getName().equals("recordInto"));
        Set<String> recorder = inputs(FingerprintRecorder.class, "record", method -> true);
        assertEquals(function, facade, "Fingerprints.of* vs FingerprintFunction.of*");
        assertEquals(function, facadeRecord, "Fingerprints.record* vs FingerprintFunction.of*");
        assertEquals(function, recorder, "FingerprintRecorder.record* vs FingerprintFunction.of*");
    }
}
