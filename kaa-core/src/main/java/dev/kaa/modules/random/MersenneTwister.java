package dev.kaa.modules.random;

/**
 * MT19937, the generator of Matsumoto and Nishimura that CPython's {@code _random} uses, with the same seeding
 * (init_genrand, init_by_array) so that equal seeds give CPython's sequences.
 */
final class MersenneTwister {
  static final int N = 624;
  private static final int M = 397;
  private static final int MATRIX_A = 0x9908b0df, UPPER_MASK = 0x80000000, LOWER_MASK = 0x7fffffff;

  final int[] state = new int[N];
  int index = N + 1;

  private void initGenrand(int seed) {
    state[0] = seed;
    for (int i = 1; i < N; i++) {
      state[i] = 1812433253 * (state[i - 1] ^ (state[i - 1] >>> 30)) + i;
    }
    index = N;
  }

  /** Seeds from 32-bit words, least significant first (an empty key counts as [0]). */
  void seed(int[] key) {
    if (key.length == 0) key = new int[] {0};
    initGenrand(19650218);
    int i = 1, j = 0;
    for (int k = Math.max(N, key.length); k > 0; k--) {
      state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >>> 30)) * 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        state[0] = state[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (int k = N - 1; k > 0; k--) {
      state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >>> 30)) * 1566083941)) - i;
      i++;
      if (i >= N) {
        state[0] = state[N - 1];
        i = 1;
      }
    }
    state[0] = 0x80000000;  // the most significant bit is 1: a non-zero initial state
  }

  /** The next 32 random bits. */
  int next32() {
    if (index >= N) {
      int k = 0;
      for (; k < N - M; k++) {
        int y = (state[k] & UPPER_MASK) | (state[k + 1] & LOWER_MASK);
        state[k] = state[k + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
      }
      for (; k < N - 1; k++) {
        int y = (state[k] & UPPER_MASK) | (state[k + 1] & LOWER_MASK);
        state[k] = state[k + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
      }
      int y = (state[N - 1] & UPPER_MASK) | (state[0] & LOWER_MASK);
      state[N - 1] = state[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
      index = 0;
    }
    int y = state[index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y;
  }

  /** A float in [0, 1) with 53 random bits, as CPython's random(). */
  double nextDouble() {
    long a = (next32() >>> 5) & 0xffffffffL, b = (next32() >>> 6) & 0xffffffffL;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }
}
