package io.safetynet.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that passes everything through {@link TerminalText#block}: the CLI's out and err streams use it, so no
 * data value reaches the terminal raw, whichever command printed it.
 */
public final class SafeTerminalWriter extends FilterWriter {
  public SafeTerminalWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    out.write(TerminalText.block(String.valueOf((char) c)));
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    out.write(TerminalText.block(new String(buf, off, len)));
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    out.write(TerminalText.block(s.substring(off, off + len)));
  }
}
