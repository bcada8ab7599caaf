package org.pulseport.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The column encodings of activity streams give back exactly what they were given, and small. */
class StreamCodecTest {

    @Property(tries = 200)
    void timesRoundTrip(@ForAll("times") long[] times) {
        assertThat(StreamCodec.decodeTimes(StreamCodec.encodeTimes(times), times.length)).isEqualTo(times);
    }

    @Property(tries = 300)
    void anyDoublesRoundTripBitForBit(@ForAll("doubles") double[] values) {
        StreamCodec.Encoded encoded = StreamCodec.encodeValues(values);
        double[] decoded = StreamCodec.decodeValues(encoded.encoding(), encoded.payload(), values.length);
        assertThat(decoded).hasSameSizeAs(values);
        for (int i = 0; i < values.length; i++) {
            assertThat(Double.doubleToLongBits(decoded[i])).isEqualTo(Double.doubleToLongBits(values[i]));
        }
    }

    @Property(tries = 200)
    void decimalsWithGapsUseTheDecimalEncoding(@ForAll("decimals") double[] values) {
        StreamCodec.Encoded encoded = StreamCodec.encodeValues(values);
        assertThat(encoded.encoding()).isEqualTo(StreamCodec.DECIMAL);
        assertThat(StreamCodec.decodeValues(encoded.encoding(), encoded.payload(), values.length)).isEqualTo(values);
    }

    @Test
    void aSixHourHeartRateColumnShrinksFarBelowItsRawSize() {
        int n = 6 * 3600;
        double[] heartRate = new double[n];
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            heartRate[i] = 120 + (int) (20 * Math.sin(i / 600.0));
            times[i] = 1_700_000_000L + i;
        }
        StreamCodec.Encoded encoded = StreamCodec.encodeValues(heartRate);
        assertThat(encoded.encoding()).isEqualTo(StreamCodec.DECIMAL);
        assertThat(encoded.payload().length).isLessThan(n / 20);
        assertThat(StreamCodec.encodeTimes(times).length).isLessThan(n / 100);
    }

    @Test
    void positionsFallBackToTheXorEncoding() {
        double[] latitude = {47.123456789012, 47.123456789013, Double.NaN, 47.1234567891};
        StreamCodec.Encoded encoded = StreamCodec.encodeValues(latitude);
        assertThat(encoded.encoding()).isEqualTo(StreamCodec.XOR);
        assertThat(StreamCodec.decodeValues(encoded.encoding(), encoded.payload(), 4)).isEqualTo(latitude);
    }

    @Provide
    Arbitrary<long[]> times() {
        return Arbitraries.longs().between(-4_000_000_000L, 4_000_000_000L).array(long[].class).ofMaxSize(500);
    }

    @Provide
    Arbitrary<double[]> doubles() {
        Arbitrary<Double> any = Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.just(Double.NaN),
                Arbitraries.just(-0.0), Arbitraries.just(Double.MAX_VALUE), Arbitraries.just(1e300),
                Arbitraries.integers().between(0, 255).map(Integer::doubleValue));
        return any.array(double[].class).ofMaxSize(300);
    }

    @Provide
    Arbitrary<double[]> decimals() {
        Arbitrary<Double> scaled = Arbitraries.longs().between(-5_000_000, 5_000_000).map(v -> v / 1000.0);
        return Arbitraries.oneOf(scaled, Arbitraries.just(Double.NaN)).array(double[].class).ofMaxSize(300);
    }
}
