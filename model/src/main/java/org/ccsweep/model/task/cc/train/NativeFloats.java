package org.ccsweep.model.task.cc.train;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;

/**
 * A zeroed native float array for BLAS, with Java views of the same memory: floats for bulk copies,
 * bytes in native order for the Vector API kernels that read and write it in place.
 */
final class NativeFloats {
    final FloatPointer pointer;
    final FloatBuffer buffer;
    final ByteBuffer bytes;
    private final FloatPointer view;

    private NativeFloats(FloatPointer pointer) {
        this.pointer = pointer;
        this.buffer = pointer.asBuffer();
        this.bytes = pointer.asByteBuffer().order(ByteOrder.nativeOrder());
        this.view = new FloatPointer(pointer);
    }

    NativeFloats(int size) {
        this.pointer = new FloatPointer(size);
        this.pointer.zero();
        this.buffer = pointer.asBuffer();
        this.bytes = pointer.asByteBuffer().order(ByteOrder.nativeOrder());
        this.view = new FloatPointer(pointer);
    }

    /** The same memory with a view of its own, for a product that reads two offsets of one array. */
    NativeFloats alias() {
        return new NativeFloats(pointer);
    }

    /** The array from element {@code offset} on, for a BLAS argument; one reused view, valid until the next call. */
    FloatPointer at(long offset) {
        return view.position(offset);
    }
}
