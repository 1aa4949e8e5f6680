package org.seedeverything.agent.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** The uses of one unseeded source at one call site: where, how often, and the stack seen the first time. */
final class CallSiteUses {
    private final UnseededSource source;
    private final String site;
    private final List<String> firstStack;
    private final LongAdder count = new LongAdder();

    CallSiteUses(UnseededSource source, String site, List<String> firstStack) {
        this.source = source;
        this.site = site;
        this.firstStack = List.copyOf(firstStack);
    }

    UnseededSource source() {
        return source;
    }

    /** {@code class.method(File.java:line)}. */
    String site() {
        return site;
    }

    long count() {
        return count.sum();
    }

    void increment() {
        count.increment();
    }

    /** The uses of both, which share source and site text (e.g. two calls on one line); keeps this stack. */
    CallSiteUses plus(CallSiteUses other) {
        CallSiteUses sum = new CallSiteUses(source, site, firstStack);
        sum.count.add(count() + other.count());
        return sum;
    }

    /** The report line: {@code 3 x new java.util.Random() at com.example.Trainer.shuffle(Trainer.java:42)}. */
    String line() {
        return count() + " x " + source.label() + " at " + site;
    }

    Map<String, Object> toMap() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("source", source.label());
        entry.put("secure", source.secure());
        entry.put("count", count());
        entry.put("site", site);
        entry.put("fix", source.fix());
        entry.put("stack", firstStack);
        return entry;
    }
}
