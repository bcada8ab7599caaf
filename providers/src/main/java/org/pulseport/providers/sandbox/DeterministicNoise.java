package org.pulseport.providers.sandbox;

/**
 * Stateless pseudo-random numbers addressed by (seed, key...): the same address always yields the same number,
 * so any time window of sandbox data can be generated on its own and overlapping fetches agree exactly.
 */
final class DeterministicNoise {

    private final long seed;

    DeterministicNoise(long seed) {
        this.seed = seed;
    }

    /** A uniform number in [0, 1) for the given address. */
    double uniform(long... keys) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (long k : keys) {
            h = mix(h ^ (k * 0xBF58476D1CE4E5B9L));
        }
        return (h >>> 11) * 0x1.0p-53;
    }

    /** A number in [min, max) for the given address. */
    double between(double min, double max, long... keys) {
        return min + (max - min) * uniform(keys);
    }

    /** An approximately standard-normal number (sum of four uniforms, rescaled) for the given address. */
    double gaussian(long... keys) {
        double sum = 0;
        long[] extended = new long[keys.length + 1];
        System.arraycopy(keys, 0, extended, 0, keys.length);
        for (int i = 0; i < 4; i++) {
            extended[keys.length] = i;
            sum += uniform(extended);
        }
        return (sum - 2.0) * Math.sqrt(3.0);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
