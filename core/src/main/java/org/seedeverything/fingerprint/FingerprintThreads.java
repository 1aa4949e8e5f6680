package org.seedeverything.fingerprint;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one pool that parallel fingerprints share in a JVM: as many daemon threads as available processors at most,
 * started on first need and ended after {@value #IDLE_SECONDS} s without work. Created once, never per call or per
 * function.
 */
final class FingerprintThreads {
    /**
     * Inputs from this many bytes up are hashed on several threads by default: {@value} (8 MiB, 8 chunks). One
     * 1 MiB chunk cannot be split and takes about 0.17 ms to hash on one core; handing a subtree to a pool thread
     * costs tens of microseconds. So a second thread can pay from 2 chunks on, and 8 leave a margin for busy machines
     * while the many small entries of a manifest stay on the calling thread. {@code ParallelThresholdBenchmark}
     * measures 1 to 16 MiB on 1 and 2 threads; see src/docs/benchmarks.md for what it showed so far.
     */
    static final long DEFAULT_PARALLEL_BYTES = 8L << 20;
    static final int IDLE_SECONDS = 30;

    private FingerprintThreads() {
    }

    /** Threads a function with automatic parallelism uses: the available processors. */
    static int processors() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The shared pool. */
    static Executor pool() {
        return Holder.POOL;
    }

    private static final class Holder {
        static final Executor POOL = create();

        private static Executor create() {
            AtomicInteger count = new AtomicInteger();
            int size = processors();
            ThreadPoolExecutor pool = new ThreadPoolExecutor(size, size, IDLE_SECONDS, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), task -> {
                        Thread thread = new Thread(task, "seeds-fingerprint-" + count.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
            pool.allowCoreThreadTimeOut(true);
            return pool;
        }
    }
}
