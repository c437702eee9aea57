package io.quotewire.teststack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The unit lane (surefire) refuses to start a server, naming the convention, so a slow test cannot hide in it. */
class UnitLaneTest {

    @Test
    void surefireMarksTheUnitLane() {
        assertThat(System.getProperty(TestStackLog.LANE_PROPERTY)).isEqualTo("unit");
    }

    @Test
    void aBrokerAskedForInTheUnitLaneIsRefusedWithTheRule() {
        assertThatThrownBy(() -> TestStackLog.starting("Kafka broker"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Kafka broker asked for in the unit lane")
                .hasMessageContaining("named *IT");
    }
}
