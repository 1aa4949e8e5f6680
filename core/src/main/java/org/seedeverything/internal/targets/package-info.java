/**
 * Where seeding finds its targets: the {@link org.seedeverything.internal.targets.TargetCatalogue} (built-in,
 * ServiceLoader and registered targets), the built-in targets for JDK and Commons RNG generators, and the JDK's own
 * deterministic-execution settings. Not an API.
 */
package org.seedeverything.internal.targets;
