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
     * Inputs from this many bytes up are hashed on several threads by default: {@value} (8 MiB, 8 chunks). JMH
     * ({@code ParallelThresholdBenchmark}, src/docs/benchmarks.md) measured 2 threads slower than 1 at 1 MiB (one
     * chunk cannot be split), about even at 2 MiB and faster from 4 MiB on a 2-core machine; 8 MiB leaves a margin for
     * busier machines and keeps the many small entries of a manifest on the calling thread.
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
