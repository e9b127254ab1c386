package org.ccsweep.model.task.uand;

/**
 * The outputs whose label is 1 for a sparse input, found through the active features' incident outputs
 * ({@link Pairs#incident}) at a cost of their degrees rather than m'.
 */
final class Labels {
    private Labels() {
    }

    /**
     * @param active the input's active features are {@code active[from..to)}
     * @param on     scratch of m flags, all false on entry and on return
     * @param out    receives the positive outputs, each once, in an order fixed by the input
     * @return how many outputs are positive
     */
    static int positives(Pairs pairs, Operation op, int[] active, int from, int to, boolean[] on, int[] out) {
        for (int a = from; a < to; a++) {
            on[active[a]] = true;
        }
        int count = 0;
        for (int a = from; a < to; a++) {
            int i = active[a];
            for (int o : pairs.incident(i)) {
                int j = pairs.partner(o, i);
                if (op == Operation.AND ? on[j] && j > i : !on[j]) {
                    out[count++] = o;
                }
            }
        }
        for (int a = from; a < to; a++) {
            on[active[a]] = false;
        }
        return count;
    }
}
