package io.safetynet.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Refuses a text file that is not UTF-8 as a whole before it is read: a UTF-16 export (Excel's "Unicode text")
 * would otherwise decode to NUL-riddled names and fail with a misleading "has no column 'claim_id'". Single bad
 * bytes in a UTF-8 file (a GBK record) are left to the record reader, which quarantines the record.
 */
final class TextEncoding {
  private static final int SNIFF_BYTES = 4096;

  private TextEncoding() {}

  static void requireUtf8(SourceFile file, Configuration conf) {
    byte[] head = new byte[SNIFF_BYTES];
    int n;
    Path p = new Path(file.uri());
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      n = in.readNBytes(head, 0, SNIFF_BYTES);
    } catch (IOException e) {
      throw new IngestException(file.dataset() + ": cannot read " + file.name() + " (" + e.getMessage()
          + "). Check that the file exists and this user may read it.", e);
    }
    String looks = guess(head, n);
    if (looks != null) {
      throw new IngestException(file.dataset() + ": file " + file.name() + " must be UTF-8 (it looks like " + looks
          + "). Convert it, e.g. iconv -f " + (looks.startsWith("UTF") ? looks.replaceAll(" .*", "") : "<encoding>")
          + " -t UTF-8, and run ingest again; nothing was loaded.");
    }
  }

  /** What the bytes look like when they are not UTF-8 text, else null. */
  static String guess(byte[] b, int n) {
    if (n >= 4 && (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0
        || b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF)) {
      return "UTF-32";
    }
    if (n >= 2 && (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE || b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)) {
      return "UTF-16";
    }
    int even = 0;
    int odd = 0;
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        if (i % 2 == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    if (even + odd == 0) {
      return null;
    }
    // UTF-16 text in the ASCII range has a NUL in every other byte
    return even + odd >= n / 4 && Math.min(even, odd) * 10 < even + odd ? "UTF-16 without a byte-order mark"
        : "binary data, not text (NUL bytes)";
  }
}
