package org.seedeverything;

/**
 * A scope from {@link Seeds#isolate()}: on {@link #close()}, every captured generator state and the master seed
 * are put back, so random draws inside the scope do not shift draws after it.
 *
 * @since 0.1
 */
public interface Isolation extends AutoCloseable {
    /** Restores the captured states; closing twice has no further effect. */
    @Override
    void close();
}
