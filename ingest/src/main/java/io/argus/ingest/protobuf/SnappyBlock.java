package io.argus.ingest.protobuf;

import io.airlift.compress.MalformedInputException;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.snappy.SnappyDecompressor;

/**
 * Snappy in the block format (no framing), as remote write and remote read use it. Decompression
 * reads the declared length first and refuses bodies that would expand past a limit, so a small
 * hostile body cannot make us allocate gigabytes. Thread-safe: the decompressor is stateless, but
 * aircompressor's compressor keeps its hash table in the instance, so each compression gets its own
 * (sharing one corrupted concurrent remote-write batches).
 */
public final class SnappyBlock {

  private static final SnappyDecompressor DECOMPRESSOR = new SnappyDecompressor();

  private SnappyBlock() {}

  /**
   * Decompresses a snappy block.
   *
   * @param maxDecompressedBytes the most bytes the result may have
   * @throws WireFormatException if the bytes are not snappy or expand past the limit
   */
  public static byte[] decompress(byte[] compressed, int offset, int length, int maxDecompressedBytes) {
    long declared = declaredLength(compressed, offset, length);
    if (declared > maxDecompressedBytes) {
      throw new WireFormatException(
          "snappy body declares " + declared + " decompressed bytes, more than the limit of " + maxDecompressedBytes);
    }
    byte[] output = new byte[(int) declared];
    int written;
    try {
      written = DECOMPRESSOR.decompress(compressed, offset, length, output, 0, output.length);
    } catch (MalformedInputException | IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new WireFormatException("expected a snappy block, found malformed data: " + e.getMessage(), e);
    }
    if (written != declared) {
      throw new WireFormatException("snappy body declares " + declared + " bytes but holds " + written);
    }
    return output;
  }

  public static byte[] decompress(byte[] compressed, int maxDecompressedBytes) {
    return decompress(compressed, 0, compressed.length, maxDecompressedBytes);
  }

  /** Compresses {@code length} bytes of {@code input} into a new snappy block. */
  public static byte[] compress(byte[] input, int offset, int length) {
    SnappyCompressor compressor = new SnappyCompressor();
    byte[] output = new byte[compressor.maxCompressedLength(length)];
    int written = compressor.compress(input, offset, length, output, 0, output.length);
    return java.util.Arrays.copyOf(output, written);
  }

  public static byte[] compress(byte[] input) {
    return compress(input, 0, input.length);
  }

  /** The uncompressed length a snappy block declares in its varint header. */
  private static long declaredLength(byte[] compressed, int offset, int length) {
    long result = 0;
    for (int i = 0; i < 5; i++) {
      if (i >= length) {
        throw new WireFormatException("expected a snappy length header, found the end of the body after " + i + " bytes");
      }
      byte b = compressed[offset + i];
      result |= (long) (b & 0x7f) << (7 * i);
      if (b >= 0) {
        return result;
      }
    }
    throw new WireFormatException("expected a snappy length header of at most 5 bytes, found a longer one");
  }
}
