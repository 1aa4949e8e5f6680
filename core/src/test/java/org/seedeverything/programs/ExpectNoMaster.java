package org.seedeverything.programs;

import org.seedeverything.Seeds;

/** Test program: prints the message of each facade call that needs a master, in a JVM where none is set. */
public final class ExpectNoMaster {
    private ExpectNoMaster() {
    }

    public static void main(String[] arguments) {
        Runnable[] calls = {Seeds::master, () -> Seeds.derive("x"), () -> Seeds.stream("x"),
            () -> Seeds.random("x"), () -> Seeds.splittable("x"), Seeds::childJvmOptions};
        for (Runnable call : calls) {
            try {
                call.run();
                System.out.println("NO EXCEPTION");
            } catch (IllegalStateException expected) {
                System.out.println(expected.getMessage());
            }
        }
    }
}
