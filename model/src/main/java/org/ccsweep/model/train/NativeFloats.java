package org.ccsweep.model.train;

import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;

/** A zeroed native float array for BLAS, with a Java view of the same memory for bulk copies. */
final class NativeFloats {
    final FloatPointer pointer;
    final FloatBuffer buffer;
    private final FloatPointer view;

    private NativeFloats(FloatPointer pointer) {
        this.pointer = pointer;
        this.buffer = pointer.asBuffer();
        this.view = new FloatPointer(pointer);
    }

    NativeFloats(int size) {
        this.pointer = new FloatPointer(size);
        this.pointer.zero();
        this.buffer = pointer.asBuffer();
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
