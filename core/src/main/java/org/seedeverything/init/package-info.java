/**
 * Reproducible weight initialisers: {@link org.seedeverything.init.Init}, the {@code torch.nn.init} catalogue and
 * DL4J's schemes, bit-identical on any number of threads. See {@code src/docs/init.md}.
 */
package org.seedeverything.init;
