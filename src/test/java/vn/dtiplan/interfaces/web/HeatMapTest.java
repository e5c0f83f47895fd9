package vn.dtiplan.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeatMapTest {

    @Test
    void theBestValueOfAColumnIsStepZeroAndTheWorstStepFour() {
        assertEquals(0, HeatMap.step(100.0, 0, 100, true));
        assertEquals(4, HeatMap.step(0.0, 0, 100, true));
        assertEquals(0, HeatMap.step(0.0, 0, 12, false));
        assertEquals(4, HeatMap.step(12.0, 0, 12, false));
        assertEquals(2, HeatMap.step(50.0, 0, 100, true));
    }

    @Test
    void equalValuesAreAllBestAndMissingOnesHaveNoColour() {
        assertEquals(0, HeatMap.step(3.0, 3, 3, false));
        assertEquals(-1, HeatMap.step(null, 0, 10, true));
    }
}
