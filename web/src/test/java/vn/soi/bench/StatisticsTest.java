package vn.soi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void percentile_takes_the_nearest_rank() {
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 100 - i;
        }
        assertEquals(50, Statistics.percentile(values, 50));
        assertEquals(99, Statistics.percentile(values, 99));
        assertEquals(100, Statistics.percentile(values, 100));
        assertEquals(1, Statistics.percentile(values, 0));
    }

    @Test
    void percentile_of_nothing_is_an_error_naming_the_percentile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Statistics.percentile(new double[0], 95));
        assertTrue(e.getMessage().contains("95"), e.getMessage());
    }

    @Test
    void exponent_of_a_power_law_is_its_power() {
        double[] n = {1_000, 10_000, 100_000};
        double[] t = new double[3];
        for (int i = 0; i < 3; i++) {
            t[i] = 2e-6 * Math.pow(n[i], 1.5);
        }
        assertEquals(1.5, Statistics.scalingExponent(n, t), 1e-9);
    }

    @Test
    void exponent_ignores_unmeasurable_times_and_needs_two_points() {
        assertEquals(1.0, Statistics.scalingExponent(new double[] {10, 20, 40}, new double[] {0, 2, 4}), 1e-9);
        assertTrue(Double.isNaN(Statistics.scalingExponent(new double[] {10, 20}, new double[] {0, 2})));
    }
}
