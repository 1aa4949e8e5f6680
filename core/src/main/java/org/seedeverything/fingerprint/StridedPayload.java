package org.seedeverything.fingerprint;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The payload of a strided view of native memory, gathered in C order of its shape. Runs along the last dimension
 * with stride 1 are copied in one piece. When the last dimension is not contiguous (a transpose, 'f' order), whole
 * rows are gathered in blocks, column by column, so that rows lying side by side in memory are read along their
 * cache lines instead of one cache miss per element.
 */
final class StridedPayload extends Payload {
    private final long address;
    private final long[] strides;
    private final RawMemory memory;

    StridedPayload(DType dtype, long[] shape, long[] strides, long address) {
        super(dtype, Shapes.checkedShape(shape), Shapes.elementCount(Shapes.checkedShape(shape)));
        this.memory = RawMemory.get();
        if (strides == null || strides.length != shape.length) {
            throw new IllegalArgumentException("Strides " + Shapes.format(strides) + " do not match shape "
                    + Shapes.format(shape) + "; pass one stride (in elements) per dimension");
        }
        if (address == 0 && elementCount > 0) {
            throw new IllegalArgumentException("Address 0 is not readable memory; pass the address of the data");
        }
        this.address = address;
        this.strides = strides.clone();
    }

    @Override
    void copy(long offset, byte[] destination, int destinationOffset, int length) {
        int size = dtype.byteSize();
        long first = offset / size;
        long count = length / size;
        int rank = shape.length;
        if (count == 0) {
            return; // an empty view (a dimension of 0): nothing to read, and no index to unravel
        }
        if (rank == 0) {
            memory.copy(address, destination, destinationOffset, size);
            swapIfNeeded(destination, destinationOffset, size);
            return;
        }
        long[] index = unravel(first);
        long lastExtent = shape[rank - 1];
        boolean contiguousRows = strides[rank - 1] == 1;
        long done = 0;
        int at = destinationOffset;
        while (done < count) {
            if (!contiguousRows && index[rank - 1] == 0 && count - done >= lastExtent) {
                int rows = (int) Math.min((count - done) / lastExtent, ROWS_PER_BLOCK);
                gatherRows(index, rows, destination, at);
                int bytes = (int) (rows * lastExtent * size);
                at += bytes;
                done += rows * lastExtent;
                advance(index, rows * lastExtent);
                continue;
            }
            long elementOffset = 0;
            for (int d = 0; d < rank; d++) {
                elementOffset += index[d] * strides[d];
            }
            long run = contiguousRows ? Math.min(lastExtent - index[rank - 1], count - done) : 1;
            int bytes = (int) (run * size);
            memory.copy(address + elementOffset * size, destination, at, bytes);
            at += bytes;
            done += run;
            advance(index, run);
        }
        swapIfNeeded(destination, destinationOffset, length);
    }

    /** Rows gathered together: their starts are read side by side for each column. */
    private static final int ROWS_PER_BLOCK = 64;
    private static final VarHandle SHORTS = nativeOrderView(short[].class);
    private static final VarHandle INTS = nativeOrderView(int[].class);
    private static final VarHandle LONGS = nativeOrderView(long[].class);

    private static VarHandle nativeOrderView(Class<?> arrayType) {
        return MethodHandles.byteArrayViewVarHandle(arrayType, ByteOrder.nativeOrder());
    }

    /**
     * Copies {@code rows} whole rows starting at {@code index} (whose last coordinate is 0) into {@code destination},
     * column by column: for a transpose, the rows' elements of one column are adjacent in memory.
     */
    private void gatherRows(long[] index, int rows, byte[] destination, int at) {
        int rank = shape.length;
        int size = dtype.byteSize();
        long columns = shape[rank - 1];
        long columnStride = strides[rank - 1] * size;
        long[] rowStart = new long[rows];
        long[] cursor = index.clone();
        for (int row = 0; row < rows; row++) {
            long elementOffset = 0;
            for (int d = 0; d < rank - 1; d++) {
                elementOffset += cursor[d] * strides[d];
            }
            rowStart[row] = address + elementOffset * size;
            advance(cursor, columns);
        }
        int rowBytes = (int) (columns * size);
        for (long column = 0; column < columns; column++) {
            long columnOffset = column * columnStride;
            int target = at + (int) (column * size);
            for (int row = 0; row < rows; row++) {
                copyElement(rowStart[row] + columnOffset, destination, target + row * rowBytes, size);
            }
        }
    }

    /**
     * Copies one element of {@code size} bytes (1, 2, 4 or 8) to {@code destination} in native byte order: the
     * gather's inner loop, cheaper than a bulk copy of a few bytes.
     */
    private void copyElement(long from, byte[] destination, int at, int size) {
        switch (size) {
            case 4 -> INTS.set(destination, at, memory.getInt(from));
            case 8 -> LONGS.set(destination, at, memory.getLong(from));
            case 2 -> SHORTS.set(destination, at, memory.getShort(from));
            default -> destination[at] = memory.getByte(from);
        }
    }

    private void swapIfNeeded(byte[] destination, int destinationOffset, int length) {
        if (!RawMemory.LITTLE_ENDIAN) {
            ByteSwap.reverseElements(destination, destinationOffset, length, dtype.byteSize());
        }
    }

    private long[] unravel(long flat) {
        long[] index = new long[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            index[d] = flat % shape[d];
            flat /= shape[d];
        }
        return index;
    }

    private void advance(long[] index, long steps) {
        int d = shape.length - 1;
        index[d] += steps;
        while (d > 0 && index[d] >= shape[d]) {
            index[d - 1] += index[d] / shape[d];
            index[d] %= shape[d];
            d--;
        }
    }
}
