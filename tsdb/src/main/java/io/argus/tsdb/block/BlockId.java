package io.argus.tsdb.block;

import java.security.SecureRandom;

/**
 * ULID-style block ids: 48 bits of creation time in milliseconds and 80 random bits, in Crockford
 * base32 (26 characters), so ids sort by creation time as Prometheus' do.
 */
final class BlockId {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private BlockId() {}

  static String next(long nowMillis) {
    byte[] random = new byte[10];
    RANDOM.nextBytes(random);
    char[] out = new char[26];
    long time = nowMillis & 0xFFFF_FFFF_FFFFL;
    for (int i = 9; i >= 0; i--) {
      out[i] = ALPHABET[(int) (time & 31)];
      time >>>= 5;
    }
    // 80 random bits -> 16 characters of 5 bits.
    long high = 0;
    for (int i = 0; i < 2; i++) {
      high = (high << 8) | (random[i] & 0xFF);
    }
    long low = 0;
    for (int i = 2; i < 10; i++) {
      low = (low << 8) | (random[i] & 0xFF);
    }
    for (int i = 25; i >= 10; i--) {
      out[i] = ALPHABET[(int) (low & 31)];
      low = (low >>> 5) | ((high & 31) << 59);
      high >>>= 5;
    }
    return new String(out);
  }

  static boolean looksLikeId(String name) {
    if (name.length() != 26) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (new String(ALPHABET).indexOf(name.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
