package org.ccsweep.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.ccsweep.model.run.Keys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HOCON's {@code null} is a value like any other: where a key allows none it gets the one-line error of a wrong value
 * (where, the key, {@code null is not …} what is allowed), not Typesafe Config's exception; sweep.mixing-seed, the one
 * key whose default is null, takes it.
 */
class NullValueTest {
    @RegisterExtension
    final ConfigFixture fx = new ConfigFixture();

    /** Every key of reference.conf but sweep.output, which the fixture sets, and sweep.mixing-seed. */
    static Stream<String> keys() {
        List<String> keys = ReferenceKeys.all();
        assertThat(keys).hasSizeGreaterThan(25);
        return keys.stream().filter(key -> !key.equals("sweep.output") && !key.equals(Keys.MIXING_SEED.path()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void aNullIsAWrongValue(String key) {
        fx.rejects(key + " = null\n").hasMessageStartingWith(fx.conf + ":1: " + key + ": null ");
    }

    @Test
    void aNullOutputOrSectionIsAWrongValue() {
        fx.rejects("", "sweep.output=null").hasMessage("--set: sweep.output: null is not a non-empty path");
        fx.rejects("", "train.steps=null").hasMessage("--set: train.steps: null is not an integer ≥ 1");
        fx.rejects("train = null\n").hasMessageStartingWith(fx.conf + ":1: train: null is not an object with keys ")
                .hasMessageContaining("steps");
        fx.rejects("sweep.grid.mixing = [clean, null]\n")
                .hasMessage(fx.conf + ":1: sweep.grid.mixing: null is not one of clean, asymmetric, symmetric, embedding, low-rank");
    }

    @Test
    void theMixingSeedTakesANull() {
        assertThat(fx.load("sweep.mixing-seed = null\n").runs()).isNotEmpty()
                .allSatisfy(run -> assertThat(run.mixingSeed()).isEqualTo(run.seed()));
    }
}
