package org.ccsweep.model.train;

import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;

/** A zeroed native float array for BLAS, with a Java view of the same memory for bulk copies. */
final class NativeFloats {
    final FloatPointer pointer;
    final FloatBuffer buffer;

    NativeFloats(int size) {
        this.pointer = new FloatPointer(size);
        this.pointer.zero();
        this.buffer = pointer.asBuffer();
    }
}
