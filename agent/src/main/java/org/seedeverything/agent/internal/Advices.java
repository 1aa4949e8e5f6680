package org.seedeverything.agent.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import net.bytebuddy.asm.Advice;
import org.seedeverything.agent.bootstrap.AgentHooks;

/**
 * The advice ByteBuddy inlines into JDK and Commons RNG methods. Inlined code runs inside those classes, so it may
 * only use JDK types and {@link AgentHooks}, which lives on the bootstrap class path.
 */
final class Advices {
    private Advices() {
    }

    /** The label of the instrumented source, bound per method to an {@link UnseededSource#label()}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    @interface Source {
    }

    /** Reports the use on entry. */
    static final class UseOnEntry {
        private UseOnEntry() {
        }

        @Advice.OnMethodEnter
        static void enter(@Source String label) {
            AgentHooks.unseeded(label);
        }
    }

    /** Reports the use on entry when the first argument, the seed, is null. */
    static final class UseWhenFirstArgumentNull {
        private UseWhenFirstArgumentNull() {
        }

        @Advice.OnMethodEnter
        static void enter(@Source String label, @Advice.Argument(0) Object seed) {
            if (seed == null) {
                AgentHooks.unseeded(label);
            }
        }
    }

    /** Reports the use on entry when the second argument, the seed, is null. */
    static final class UseWhenSecondArgumentNull {
        private UseWhenSecondArgumentNull() {
        }

        @Advice.OnMethodEnter
        static void enter(@Source String label, @Advice.Argument(1) Object seed) {
            if (seed == null) {
                AgentHooks.unseeded(label);
            }
        }
    }

    /** On return from {@code Random()}: report, and in seed mode replace the time-based seed. */
    static final class NewRandom {
        private NewRandom() {
        }

        @Advice.OnMethodExit
        static void exit(@Advice.This Random self, @Advice.FieldValue("seed") AtomicLong seed) {
            AgentHooks.newRandom(self, seed);
        }
    }
}
