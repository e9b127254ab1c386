package org.ccsweep.model.task;

/**
 * Whether a task's group trainer ({@link GroupDevice}) takes a run: the key the run shares with the runs it
 * can train with in one group, or why it cannot take it. Exactly one is null.
 *
 * @param key     runs with equal keys train together (the recipe and shapes a group holds in common)
 * @param refusal why the group trainer cannot train the run, one line in the keys' terms
 *                ("sweep.grid.model = residual: the CUDA trainer trains the simplified model only")
 */
public record GroupFit(String key, String refusal) {
    public GroupFit {
        if ((key == null) == (refusal == null)) {
            throw new IllegalArgumentException("a group fit has a key or a refusal, not both or neither");
        }
    }

    public static GroupFit of(String key) {
        return new GroupFit(key, null);
    }

    public static GroupFit refused(String refusal) {
        return new GroupFit(null, refusal);
    }

    public boolean fits() {
        return key != null;
    }
}
