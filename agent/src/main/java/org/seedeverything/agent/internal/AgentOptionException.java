package org.seedeverything.agent.internal;

/** A bad {@code -javaagent:...=OPTIONS} text; its message names the option and the accepted forms. */
public final class AgentOptionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    AgentOptionException(String message) {
        super(message);
    }

    AgentOptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
