package vn.soi.analyzer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TukeyFenceTest {

    @Test
    void uses_the_floor_below_the_minimum_cohort() {
        TukeyFence fence = TukeyFence.of(new double[] {1, 2, 30}, 1.5, 4, 10, 8);

        assertFalse(fence.fromCohort());
        assertEquals(4, fence.value());
    }

    @Test
    void computes_q3_plus_k_iqr_with_interpolated_quartiles() {
        TukeyFence fence = TukeyFence.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 0.5, 1, 100, 8);

        assertTrue(fence.fromCohort());
        assertEquals(3, fence.q1());
        assertEquals(7, fence.q3());
        assertEquals(9, fence.value());
    }

    @Test
    void keeps_the_fence_under_the_ceiling_when_most_reports_are_praise_heavy() {
        assertEquals(10, TukeyFence.of(new double[] {9, 12, 15, 18, 20, 25, 30, 40}, 1.5, 4, 10, 8).value());
    }
}
