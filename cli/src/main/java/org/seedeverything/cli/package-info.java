/**
 * The {@code seed-everything} command line ({@link org.seedeverything.cli.SeedEverythingCli}): {@code verify},
 * {@code run}, {@code lock}, {@code check} and {@code report}. Run it with {@code java -jar seed-everything-cli.jar}.
 */
package org.seedeverything.cli;
