package org.seedeverything;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The open {@link Seeds#isolate()} scopes of this JVM, innermost on top. Generator state is global, so scopes must
 * close in reverse order of opening: an outer scope's snapshot is older than an inner one's. When an outer scope is
 * closed while scopes opened inside it are still open, they are closed first (so the state ends as it was before the
 * outer scope), and then the close throws {@link IllegalStateException} naming where the scopes were opened, because
 * the caller's code has a bug that would otherwise go unnoticed.
 */
final class IsolationStack {
    private static final Set<String> ENGINE_CLASSES = Set.of(Seeds.class.getName(), SeedingEngine.class.getName(),
            IsolationStack.class.getName(), Scope.class.getName());
    /** Guarded by itself. */
    private static final Deque<Scope> OPEN = new ArrayDeque<>();

    private IsolationStack() {
    }

    /** Opens a scope whose close runs {@code restore}; the scope is pushed on top of the open ones. */
    static Isolation open(Runnable restore) {
        Scope scope = new Scope(restore, caller());
        synchronized (OPEN) {
            OPEN.push(scope);
        }
        return scope;
    }

    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> !ENGINE_CLASSES.contains(frame.getClassName()))
                .findFirst()
                .map(frame -> frame.getClassName() + "." + frame.getMethodName() + "(" + frame.getFileName() + ":"
                        + frame.getLineNumber() + ")")
                .orElse("an unknown caller"));
    }

    private static final class Scope implements Isolation {
        private final Runnable restore;
        private final String openedAt;
        private boolean closed;

        Scope(Runnable restore, String openedAt) {
            this.restore = restore;
            this.openedAt = openedAt;
        }

        @Override
        public void close() {
            List<Scope> inner = new ArrayList<>();
            synchronized (OPEN) {
                if (closed) {
                    return;
                }
                while (!OPEN.isEmpty() && OPEN.peek() != this) {
                    inner.add(OPEN.pop());
                }
                OPEN.remove(this);
                for (Scope scope : inner) {
                    scope.closed = true;
                }
                closed = true;
            }
            for (Scope scope : inner) {
                scope.restore.run();
            }
            restore.run();
            if (!inner.isEmpty()) {
                List<String> places = new ArrayList<>();
                for (Scope scope : inner) {
                    places.add(scope.openedAt);
                }
                throw new IllegalStateException("Seeds.isolate() scope opened at " + openedAt + " was closed while "
                        + inner.size() + " scope(s) opened after it were still open (opened at "
                        + String.join(", ", places) + "). They were closed first, so the generators are back to their"
                        + " state before " + openedAt + ", and their own close() will do nothing. Close scopes in"
                        + " reverse order of opening: nest try (var scope = Seeds.isolate()) { ... } blocks.");
            }
        }
    }
}
