/** The agent's machinery: options, instrumentation, seeding of {@code new Random()}, audit. Not an API. */
package org.seedeverything.agent.internal;
