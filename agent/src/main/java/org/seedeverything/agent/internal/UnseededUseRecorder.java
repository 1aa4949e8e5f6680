package org.seedeverything.agent.internal;

import java.io.PrintStream;
import java.lang.StackWalker.StackFrame;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.seedeverything.agent.UnseededRandomnessException;
import org.seedeverything.agent.bootstrap.AgentHooks;

/**
 * Receives every unseeded use from the woven hooks, finds the caller (the frame right below the JDK method that was
 * called), counts per (source, call site) and reacts as the mode says.
 *
 * <p>Uses whose caller is the JDK itself (for example {@code ConcurrentSkipListMap} calling
 * {@code ThreadLocalRandom.current()}, or {@code Collections.shuffle} creating its {@code Random}) and uses from
 * this library's internals are not counted: the user-facing entry point is instrumented instead.
 *
 * <p>Cost: every use walks a few stack frames to find its caller; only the first use of a call site formats it and
 * captures a stack.
 */
final class UnseededUseRecorder implements Consumer<String> {
    private static final int STACK_DEPTH = 12;
    private static final StackWalker WALKER =
            StackWalker.getInstance(Set.of(StackWalker.Option.RETAIN_CLASS_REFERENCE), 8);
    private static final ClassLoader PLATFORM = ClassLoader.getPlatformClassLoader();

    private record SiteKey(UnseededSource source, Class<?> type, String method, int bytecodeIndex) {
    }

    private final AgentMode mode;
    private final boolean onlySecure;
    private final PrintStream messages;
    private final ConcurrentHashMap<SiteKey, CallSiteUses> sites = new ConcurrentHashMap<>();
    private final ThreadLocal<boolean[]> recording = ThreadLocal.withInitial(() -> new boolean[1]);

    /**
     * @param mode AUDIT, WARN or STRICT; SEED watches only the secure sources made predictable on opt-in and warns
     * @param messages where warnings go (stderr)
     */
    UnseededUseRecorder(AgentMode mode, PrintStream messages) {
        this.mode = mode;
        this.onlySecure = mode == AgentMode.SEED;
        this.messages = messages;
        // Initialise now, not inside the first JDK method that reports a use.
        UnseededSource.values();
    }

    @Override
    public void accept(String label) {
        boolean[] inside = recording.get();
        if (inside[0]) {
            return;
        }
        inside[0] = true;
        try {
            record(UnseededSource.byLabel(label));
        } finally {
            inside[0] = false;
        }
    }

    private void record(UnseededSource source) {
        if (onlySecure && !source.secure()) {
            return;
        }
        StackFrame caller = WALKER.walk(UnseededUseRecorder::caller);
        if (caller == null) {
            return;
        }
        SiteKey key = new SiteKey(source, caller.getDeclaringClass(), caller.getMethodName(),
                caller.getByteCodeIndex());
        CallSiteUses uses = sites.get(key);
        boolean first = false;
        if (uses == null) {
            CallSiteUses created = new CallSiteUses(source, describe(caller), WALKER.walk(UnseededUseRecorder::stack));
            uses = sites.putIfAbsent(key, created);
            if (uses == null) {
                uses = created;
                first = true;
            }
        }
        uses.increment();
        react(uses, first);
    }

    private void react(CallSiteUses uses, boolean first) {
        UnseededSource source = uses.source();
        switch (mode) {
            case STRICT -> {
                if (!source.secure()) {
                    throw withoutAgentFrames(new UnseededRandomnessException(source.label(), uses.site(),
                            source.fix()));
                }
            }
            case WARN -> {
                if (first && !source.secure()) {
                    messages.println("[seed-everything agent] WARNING: unseeded " + source.label() + " at "
                            + uses.site() + "; fix: " + source.fix());
                }
            }
            case SEED -> {
                if (first) {
                    messages.println("[seed-everything agent] INSECURE: " + source.label() + " at " + uses.site()
                            + " serves predictable values (insecure-securerandom is on); never use it for keys,"
                            + " tokens or passwords");
                }
            }
            case AUDIT -> {
                // counted; reported at exit
            }
        }
    }

    /** The stack trace starts at the JDK method that was called, not inside the agent. */
    private static UnseededRandomnessException withoutAgentFrames(UnseededRandomnessException exception) {
        StackTraceElement[] trace = exception.getStackTrace();
        int first = 0;
        while (first < trace.length && trace[first].getClassName().startsWith("org.seedeverything.agent.")) {
            first++;
        }
        exception.setStackTrace(Arrays.copyOfRange(trace, first, trace.length));
        return exception;
    }

    /**
     * The frame that called the instrumented method, or null when that call is not counted: the caller is the JDK,
     * this library, or the instrumented class itself (one entry point delegating to another).
     */
    private static StackFrame caller(Stream<StackFrame> frames) {
        Iterator<StackFrame> iterator = frames.iterator();
        boolean inHooks = false;
        while (iterator.hasNext()) {
            StackFrame frame = iterator.next();
            if (frame.getDeclaringClass() == AgentHooks.class) {
                inHooks = true;
            } else if (inHooks) {
                if (!iterator.hasNext()) {
                    return null;
                }
                StackFrame caller = iterator.next();
                Class<?> callerType = caller.getDeclaringClass();
                return callerType != frame.getDeclaringClass() && counted(callerType) ? caller : null;
            }
        }
        return null;
    }

    /** Up to {@value #STACK_DEPTH} frames from the caller down, for the report. */
    private static List<String> stack(Stream<StackFrame> frames) {
        List<String> stack = new ArrayList<>();
        Iterator<StackFrame> iterator = frames.iterator();
        int hooksPassed = 0;
        while (iterator.hasNext() && stack.size() < STACK_DEPTH) {
            StackFrame frame = iterator.next();
            boolean hook = frame.getDeclaringClass() == AgentHooks.class;
            if (hook) {
                hooksPassed = 1;
            } else if (hooksPassed == 1) {
                hooksPassed = 2;
            } else if (hooksPassed == 2) {
                stack.add(describe(frame));
            }
        }
        return stack;
    }

    /** JDK classes and this library's internals call sources on purpose; only other code is counted. */
    static boolean counted(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        if (loader == null || loader == PLATFORM) {
            return false;
        }
        String packageName = type.getPackageName();
        boolean library = packageName.equals("org.seedeverything")
                || packageName.startsWith("org.seedeverything.") && (packageName.contains(".internal")
                || packageName.contains(".shaded") || packageName.endsWith(".spi"));
        return !library;
    }

    /** {@code com.example.Trainer.shuffle(Trainer.java:42)}. */
    static String describe(StackFrame frame) {
        String file = frame.getFileName();
        int line = frame.getLineNumber();
        String location = file == null ? "Unknown Source" : line >= 0 ? file + ":" + line : file;
        return frame.getClassName() + "." + frame.getMethodName() + "(" + location + ")";
    }

    /**
     * Every call site seen so far, merged by (source, site text) so two calls on one line read as one: ordinary
     * sources first, then by count (highest first), then by site.
     */
    List<CallSiteUses> uses() {
        Map<String, CallSiteUses> merged = new LinkedHashMap<>();
        for (CallSiteUses uses : sites.values()) {
            merged.merge(uses.source().label() + " at " + uses.site(), uses, CallSiteUses::plus);
        }
        List<CallSiteUses> all = new ArrayList<>(merged.values());
        all.sort(Comparator.comparing((CallSiteUses uses) -> uses.source().secure())
                .thenComparing(Comparator.comparingLong(CallSiteUses::count).reversed())
                .thenComparing(CallSiteUses::site)
                .thenComparing(uses -> uses.source().label()));
        return all;
    }
}
