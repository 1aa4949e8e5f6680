package org.seedeverything.programs;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import org.seedeverything.Seeds;

/**
 * Test program: seeds with 2021, then prints ThreadLocalRandom draws from three threads of a pool made by
 * {@code Seeds.threadFactory("loader")} ("seeded") or by plain {@code new Thread} ("plain").
 */
public final class ThreadPoolDraws {
    private ThreadPoolDraws() {
    }

    public static void main(String[] arguments) throws InterruptedException {
        Seeds.builder().master(2021).log(false).apply();
        boolean seeded = arguments.length == 0 || arguments[0].equals("seeded");
        ThreadFactory factory = seeded ? Seeds.threadFactory("loader") : Thread::new;
        for (int k = 0; k < 3; k++) {
            int index = k;
            Thread thread = factory.newThread(() ->
                    System.out.println("thread " + index + " " + ThreadLocalRandom.current().nextLong()));
            thread.start();
            thread.join();
        }
    }
}
