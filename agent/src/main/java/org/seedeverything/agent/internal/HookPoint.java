package org.seedeverything.agent.internal;

/**
 * One method that hands out unseeded randomness, and the hook call woven into it.
 *
 * @param owner the class, as an internal name ({@code java/util/Random})
 * @param method the method name ({@code <init>} for a constructor)
 * @param descriptor the exact JVM descriptor
 * @param kind where the call goes
 * @param source what the hook reports
 */
record HookPoint(String owner, String method, String descriptor, Kind kind, UnseededSource source) {
    /** Where the hook call goes. */
    enum Kind {
        /** First thing in the method (in a constructor, before {@code super(...)}: it touches no {@code this}). */
        ON_ENTRY,
        /** First thing in the method, reporting only when local variable 1 (the seed argument) is null. */
        ON_ENTRY_IF_SEED_NULL,
        /** Before each return of {@code Random()}: may replace the instance's seed. */
        RANDOM_CONSTRUCTOR_EXIT,
        /** Before each return of {@code ThreadLocalRandom.localInit()}: may replace the thread's seed. */
        THREAD_LOCAL_RANDOM_INIT_EXIT,
        /** Before each return of {@code RandomGeneratorFactory.create()}: may replace the generator returned. */
        FACTORY_CREATE_EXIT
    }

    /** The class name in dotted form. */
    String className() {
        return owner.replace('/', '.');
    }
}
