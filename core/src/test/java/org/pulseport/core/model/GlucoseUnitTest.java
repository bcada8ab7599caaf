package org.pulseport.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GlucoseUnitTest {

    @Test
    void convertsMgDlToMmolWithOneDecimalHalfUp() {
        assertThat(GlucoseUnit.MMOL_L.display(100)).isEqualByComparingTo(new BigDecimal("5.5"));
        assertThat(GlucoseUnit.MMOL_L.display(180)).isEqualByComparingTo(new BigDecimal("10.0"));
        assertThat(GlucoseUnit.MMOL_L.display(70)).isEqualByComparingTo(new BigDecimal("3.9"));
        assertThat(GlucoseUnit.MMOL_L.display(54)).isEqualByComparingTo(new BigDecimal("3.0"));
    }

    @Test
    void roundsExactHalvesUp() {
        assertThat(GlucoseUnit.MMOL_L.round(5.55)).isEqualByComparingTo(new BigDecimal("5.6"));
        assertThat(GlucoseUnit.MG_DL.round(99.5)).isEqualByComparingTo(new BigDecimal("100"));
    }

    @Test
    void mmolToMgDlUsesTheSameFactor() {
        assertThat(GlucoseUnit.MMOL_L.toMgDl(10.0)).isCloseTo(180.182, within(1e-9));
        assertThat(GlucoseUnit.MG_DL.round(GlucoseUnit.MMOL_L.toMgDl(5.5))).isEqualByComparingTo("99");
    }

    @Test
    void mgDlIsStoredUnitAndPassesThrough() {
        assertThat(GlucoseUnit.MG_DL.fromMgDl(123.4)).isEqualTo(123.4);
        assertThat(GlucoseUnit.MG_DL.format(123.4)).isEqualTo("123 mg/dL");
        assertThat(GlucoseUnit.MMOL_L.format(123.4)).isEqualTo("6.8 mmol/L");
    }
}
