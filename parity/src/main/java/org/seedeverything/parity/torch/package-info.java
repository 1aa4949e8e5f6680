/**
 * PyTorch's CPU random generator, sampling kernels and {@code torch.nn.init}, bit for bit: {@link
 * org.seedeverything.parity.torch.TorchGenerator}, {@link org.seedeverything.parity.torch.TorchInit}. See
 * {@code src/docs/parity.md}.
 */
package org.seedeverything.parity.torch;
