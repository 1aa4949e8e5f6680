package org.seedeverything.fingerprint;

/** Reverses the bytes of each element in place, turning big-endian elements into little-endian ones. */
final class ByteSwap {
    private ByteSwap() {
    }

    static void reverseElements(byte[] bytes, int offset, int length, int elementSize) {
        if (elementSize == 1) {
            return;
        }
        for (int element = offset; element < offset + length; element += elementSize) {
            for (int low = element, high = element + elementSize - 1; low < high; low++, high--) {
                byte swap = bytes[low];
                bytes[low] = bytes[high];
                bytes[high] = swap;
            }
        }
    }
}
