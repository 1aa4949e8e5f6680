package org.seedeverything.verify;

import java.nio.file.Path;

/**
 * A lock file could not be used: it is missing, corrupt, or would be overwritten without {@code --update}. The
 * message names the file, the problem and the fix.
 *
 * @since 0.1
 */
public final class LockFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    LockFileException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The lock file concerned. */
    public Path file() {
        return file;
    }
}
