package org.ccsweep.model.task.uand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.ccsweep.model.run.Rng;
import org.junit.jupiter.api.Test;

class PairsTest {

    @Test
    void allPairsInLexicographicOrder() {
        Pairs pairs = Pairs.draw(4, 0, new Rng(1));
        assertThat(pairs.size()).isEqualTo(6);
        int[][] expected = {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}};
        for (int o = 0; o < 6; o++) {
            assertThat(new int[] {pairs.first(o), pairs.second(o)}).containsExactly(expected[o]);
        }
        assertThat(pairs.incident(2)).containsExactly(1, 3, 5);
        assertThat(pairs.partner(3, 2)).isEqualTo(1);
    }

    @Test
    void randomPairsAreDistinctSortedAndFixedByTheStream() {
        Pairs pairs = Pairs.draw(30, 200, new Rng(7));
        Set<Long> seen = new HashSet<>();
        long previous = -1;
        for (int o = 0; o < pairs.size(); o++) {
            assertThat(pairs.first(o)).isLessThan(pairs.second(o));
            assertThat(pairs.second(o)).isLessThan(30);
            long code = pairs.first(o) * 30L + pairs.second(o);
            assertThat(code).isGreaterThan(previous);
            previous = code;
            seen.add(code);
        }
        assertThat(seen).hasSize(200);
        Pairs again = Pairs.draw(30, 200, new Rng(7));
        for (int o = 0; o < 200; o++) {
            assertThat(again.first(o)).isEqualTo(pairs.first(o));
            assertThat(again.second(o)).isEqualTo(pairs.second(o));
        }
        int degrees = 0;
        for (int i = 0; i < 30; i++) {
            degrees += pairs.incident(i).length;
        }
        assertThat(degrees).isEqualTo(400);
    }

    @Test
    void drawingEveryPairGivesAllPairs() {
        Pairs drawn = Pairs.draw(5, 10, new Rng(3));
        Pairs all = Pairs.draw(5, 0, new Rng(3));
        for (int o = 0; o < 10; o++) {
            assertThat(drawn.first(o)).isEqualTo(all.first(o));
            assertThat(drawn.second(o)).isEqualTo(all.second(o));
        }
    }

    @Test
    void tooManyPairs() {
        assertThatThrownBy(() -> Pairs.draw(5, 11, new Rng(1))).hasMessageContaining("m' must be in [0, C(m, 2) = 10]");
        assertThat(Pairs.allPairs(65_536)).isEqualTo(2_147_450_880);
        assertThatThrownBy(() -> Pairs.allPairs(65_537)).hasMessageContaining("do not fit an int");
    }
}
