package org.seedeverything;

/**
 * A scope from {@link Seeds#isolate()}: on {@link #close()}, every captured generator state and the master seed
 * are put back, so random draws inside the scope do not shift draws after it. Scopes must close in reverse order of
 * opening; see {@link Seeds#isolate()} for what happens otherwise.
 *
 * @since 0.1
 */
public interface Isolation extends AutoCloseable {
    /**
     * Restores the captured states; closing twice has no further effect.
     *
     * @throws IllegalStateException when scopes opened after this one are still open (they are closed first)
     */
    @Override
    void close();
}
