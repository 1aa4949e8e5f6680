package org.seedeverything.fingerprint;

import java.util.ArrayList;
import java.util.List;

/** A copy of an entry's elements as canonical little-endian bytes, so two runs can be compared element by element. */
final class ElementValues {
    private final DType dtype;
    private final byte[] bytes;

    ElementValues(DType dtype, byte[] bytes) {
        this.dtype = dtype;
        this.bytes = bytes;
    }

    long count() {
        return bytes.length / dtype.byteSize();
    }

    long bits(long index) {
        return ElementCodec.bits(dtype, bytes, (int) (index * dtype.byteSize()));
    }

    String text(long index) {
        return ElementCodec.format(dtype, bits(index));
    }

    /** The first index in {@code [from, to)} where the elements differ bitwise, or -1. */
    long firstDifference(ElementValues other, long from, long to) {
        for (long i = from; i < to; i++) {
            if (bits(i) != other.bits(i)) {
                return i;
            }
        }
        return -1;
    }

    List<String> texts() {
        List<String> out = new ArrayList<>((int) count());
        for (long i = 0; i < count(); i++) {
            out.add(text(i));
        }
        return out;
    }

    static ElementValues parse(DType dtype, List<?> texts) {
        byte[] bytes = new byte[texts.size() * dtype.byteSize()];
        for (int i = 0; i < texts.size(); i++) {
            ElementCodec.putBits(dtype, bytes, i * dtype.byteSize(), ElementCodec.parse(dtype, String.valueOf(texts.get(i))));
        }
        return new ElementValues(dtype, bytes);
    }
}
