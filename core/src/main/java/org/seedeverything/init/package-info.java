/**
 * Reproducible weight initialisers ({@link org.seedeverything.init.Init}, the {@code torch.nn.init} catalogue and
 * DL4J's schemes) and diagnostics that tell when an initialisation is broken
 * ({@link org.seedeverything.init.InitDiagnostics}). See {@code src/docs/init.md}.
 */
package org.seedeverything.init;
