package io.safetynet.text;

/**
 * Makes text from the data safe to print on a terminal. A facility id or a trace detail is data someone else typed:
 * an ESC sequence in it could clear the screen or retitle the window, a bidi override could reorder what an
 * inspector reads. Every such character is shown as a visible {@code \}{@code uXXXX} escape instead.
 */
public final class TerminalText {
  private TerminalText() {}

  /** One data value on one line: every control character is escaped, line breaks and tabs too. */
  public static String value(Object v) {
    return v == null ? null : escape(v.toString(), false);
  }

  /**
   * A block of our own output that may carry data values: line feeds and tabs (our layout) stay, every other control
   * character is escaped. Carriage return is escaped as well, since it can overwrite what is already on the line.
   */
  public static String block(String s) {
    return s == null ? null : escape(s, true);
  }

  /** Whether the character may not reach a terminal as it is. */
  public static boolean unsafe(char c) {
    return c < 0x20 // C0, including ESC (0x1B)
        || (c >= 0x7F && c <= 0x9F) // DEL and C1 (0x9B is a one-byte CSI)
        || c == 0x061C // Arabic letter mark
        || c == 0x200E || c == 0x200F // left-to-right / right-to-left marks
        || (c >= 0x202A && c <= 0x202E) // bidi embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069) // bidi isolates
        || c == 0x2028 || c == 0x2029; // line and paragraph separators
  }

  private static String escape(String s, boolean keepLayout) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean keep = !unsafe(c) || (keepLayout && (c == '\n' || c == '\t'));
      if (keep) {
        if (b != null) {
          b.append(c);
        }
        continue;
      }
      if (b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      b.append(String.format("\\u%04X", (int) c));
    }
    return b == null ? s : b.toString();
  }
}
