package io.safetynet.generate;

import java.util.SplittableRandom;

/**
 * Random draws for the generator. Every stream is a {@link SplittableRandom} seeded from (run seed, stream, index)
 * through a SplitMix64 finaliser, so a person's data depends only on the seed and the person's index, never on
 * threads or on how many rows came before. Streams: 1 households, 2 persons, 10,000 + year a person's claims in that
 * year, 20,000 + year a person's enrolment in that year.
 */
final class Sampling {
  private Sampling() {}

  static SplittableRandom stream(long seed, long stream, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + stream * 0xC2B2AE3D27D4EB4FL + index * 0x165667B19E3779F9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new SplittableRandom(z ^ (z >>> 31));
  }

  /** A standard normal draw (Box-Muller; one of the pair is discarded to keep draws independent of call order). */
  static double normal(SplittableRandom r) {
    double u = 1.0 - r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
  }

  /** A log-normal draw with the given arithmetic mean and coefficient of variation. */
  static double logNormalMean(SplittableRandom r, double mean, double cv) {
    double sigma2 = Math.log(1.0 + cv * cv);
    double mu = Math.log(mean) - sigma2 / 2.0;
    return Math.exp(mu + Math.sqrt(sigma2) * normal(r));
  }

  /** A log-normal draw with the given median and log-scale sigma. */
  static double logNormalMedian(SplittableRandom r, double median, double sigma) {
    return median * Math.exp(sigma * normal(r));
  }

  /** A Poisson draw (Knuth for small means, normal approximation above 60). */
  static int poisson(SplittableRandom r, double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 60) {
      return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * normal(r)));
    }
    double limit = Math.exp(-mean);
    double p = r.nextDouble();
    int k = 0;
    while (p > limit) {
      p *= r.nextDouble();
      k++;
    }
    return k;
  }

  /** Index drawn with the given (not necessarily normalised) weights. */
  static int weighted(SplittableRandom r, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = r.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  static boolean chance(SplittableRandom r, double p) {
    return r.nextDouble() < p;
  }

  static <T> T pick(SplittableRandom r, java.util.List<T> items) {
    return items.get(r.nextInt(items.size()));
  }
}
