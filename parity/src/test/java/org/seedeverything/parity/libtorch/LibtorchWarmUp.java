package org.seedeverything.parity.libtorch;

/**
 * Loads libtorch once in a child JVM so that JavaCPP unpacks its native libraries (and links OpenBLAS's
 * {@code libgomp} to libtorch's) before the test JVM loads them: the very first load from an empty JavaCPP cache
 * can crash in OpenMP initialisation (seen with JavaCPP 1.5.13), later loads do not.
 */
public final class LibtorchWarmUp {
    private LibtorchWarmUp() {
    }

    /** Entry point of the child JVM. */
    public static void main(String[] args) {
        org.bytedeco.pytorch.global.torch.manual_seed(0);
        System.out.println(org.bytedeco.pytorch.global.torch.get_cpu_capability().getString());
    }
}
