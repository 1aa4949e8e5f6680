/**
 * The demo's initialisation diagnostics: checks of one weight tensor
 * ({@link org.seedeverything.examples.diagnostics.InitDiagnostics#checkWeights}), a probe batch through a stack of
 * dense layers, and the symmetry lesson (a toy network trained from zeros, a constant and He init). Teaching
 * material built on core's {@code org.seedeverything.init}; not part of any published artifact. See
 * {@code src/docs/init.md}.
 */
package org.seedeverything.examples.diagnostics;
