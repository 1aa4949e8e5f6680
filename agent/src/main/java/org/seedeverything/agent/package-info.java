/**
 * The seed-everything Java agent: {@link org.seedeverything.agent.SeedEverythingAgent} (the jar's entry point),
 * {@link org.seedeverything.agent.AgentJar} (find the jar to pass it to child JVMs) and
 * {@link org.seedeverything.agent.UnseededRandomnessException} (thrown in {@code mode=strict}).
 */
package org.seedeverything.agent;
