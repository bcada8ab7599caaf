package org.pulseport.app.analytics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Ranking with ties: tied values share the average of the ranks they occupy (1-based). */
public final class Ranks {

    private Ranks() {
    }

    public static double[] averageRanks(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int start = 0;
        while (start < order.length) {
            int end = start + 1;
            while (end < order.length && values[order[end]] == values[order[start]]) {
                end++;
            }
            double averageRank = (start + 1 + end) / 2.0;
            for (int k = start; k < end; k++) {
                ranks[order[k]] = averageRank;
            }
            start = end;
        }
        return ranks;
    }
}
