package org.seedeverything.programs;

import java.security.SecureRandom;
import java.util.UUID;
import org.seedeverything.Seeds;

/** Test program: seeds with or without the insecure opt-in ("optin"), then prints UUID and SecureRandom draws. */
public final class PredictableSecureRandom {
    private PredictableSecureRandom() {
    }

    public static void main(String[] arguments) {
        Seeds.Builder builder = Seeds.builder().master(2021).log(false);
        if (arguments.length > 0 && arguments[0].equals("optin")) {
            builder.dangerouslyMakeSecureRandomPredictable();
        }
        System.out.println("report " + builder.apply().target("jdk.secure-random").orElseThrow().status());
        System.out.println("uuid " + UUID.randomUUID());
        System.out.println("secure " + new SecureRandom().nextLong());
    }
}
