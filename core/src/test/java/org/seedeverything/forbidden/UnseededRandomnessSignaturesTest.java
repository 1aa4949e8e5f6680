package org.seedeverything.forbidden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Executable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The shipped forbidden-apis signatures: every ban names a method that exists (a typo would be silently skipped
 * under {@code @ignoreMissingClasses}) and carries a message that points at the Seeds replacement.
 */
class UnseededRandomnessSignaturesTest {
    private static final String RESOURCE = "/org/seedeverything/forbidden/unseeded-randomness.txt";

    /** Signature to the message in force for it. */
    private static Map<String, String> signatures() throws IOException {
        Map<String, String> signatures = new LinkedHashMap<>();
        try (InputStream in = UnseededRandomnessSignaturesTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE + " is on the class path");
            String message = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.startsWith("@defaultMessage ")) {
                    message = trimmed.substring("@defaultMessage ".length());
                } else if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("@")) {
                    signatures.put(trimmed, message);
                }
            }
        }
        return signatures;
    }

    @Test
    @DisplayName("bans the issue's list of unseeded sources")
    void bansTheKnownSources() throws IOException {
        List<String> required = List.of("java.util.Random#<init>()", "java.lang.Math#random()",
                "java.lang.StrictMath#random()", "java.util.concurrent.ThreadLocalRandom#current()",
                "java.util.Collections#shuffle(java.util.List)", "java.util.SplittableRandom#<init>()",
                "java.util.random.RandomGenerator#getDefault()", "org.apache.commons.rng.simple.RandomSource#create()");
        Map<String, String> signatures = signatures();
        assertEquals(List.of(), required.stream().filter(r -> !signatures.containsKey(r)).toList());
    }

    @Test
    @DisplayName("every banned method exists with exactly these parameter types")
    void everySignatureResolves() throws Exception {
        List<String> unresolved = new ArrayList<>();
        for (String signature : signatures().keySet()) {
            if (resolve(signature) == null) {
                unresolved.add(signature);
            }
        }
        assertEquals(List.of(), unresolved);
    }

    @Test
    @DisplayName("every ban explains itself and names the seed-everything replacement")
    void everyBanPointsAtSeeds() throws IOException {
        signatures().forEach((signature, message) -> {
            assertNotNull(message, signature + " has no message");
            assertTrue(message.contains("Seeds."), signature + ": " + message);
        });
    }

    private static Executable resolve(String signature) throws ClassNotFoundException {
        int hash = signature.indexOf('#');
        int open = signature.indexOf('(');
        Class<?> owner = Class.forName(signature.substring(0, hash));
        String name = signature.substring(hash + 1, open);
        String parameterText = signature.substring(open + 1, signature.length() - 1);
        List<Class<?>> parameters = new ArrayList<>();
        for (String parameter : parameterText.isEmpty() ? new String[0] : parameterText.split(",")) {
            parameters.add(parameter.equals("int") ? int.class : Class.forName(parameter.strip()));
        }
        Class<?>[] types = parameters.toArray(Class<?>[]::new);
        List<Executable> candidates = new ArrayList<>(Arrays.asList(owner.getDeclaredMethods()));
        candidates.addAll(Arrays.asList(owner.getDeclaredConstructors()));
        for (Executable candidate : candidates) {
            String candidateName = candidate instanceof java.lang.reflect.Constructor ? "<init>" : candidate.getName();
            if (candidateName.equals(name) && Arrays.equals(candidate.getParameterTypes(), types)) {
                return candidate;
            }
        }
        return null;
    }
}
