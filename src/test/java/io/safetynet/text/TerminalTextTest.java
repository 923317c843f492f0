package io.safetynet.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
  @Test
  void escapesEscDelC1AndBidiInAValue() {
    // clear screen, set the window title, DEL, a one-byte CSI (C1), a right-to-left override
    assertEquals("F1\\u001B[2J\\u001B]0;pwned\\u0007\\u007F\\u009B\\u202Eabc",
        TerminalText.value("F1\u001b[2J\u001b]0;pwned\u0007\u007f\u009b\u202eabc"));
    // a value stays on its line
    assertEquals("a\\u000Ab\\u0009c\\u000D", TerminalText.value("a\nb\tc\r"));
    assertEquals("孝感市 F1 <5", TerminalText.value("孝感市 F1 <5"));
    assertNull(TerminalText.value(null));
  }

  @Test
  void aBlockKeepsItsLineFeedsAndTabsOnly() {
    assertEquals("row 1\tF\\u001B[31m\nrow 2\\u000D\\u2066\n",
        TerminalText.block("row 1\tF\u001b[31m\nrow 2\r\u2066\n"));
  }

  @Test
  void theWriterFiltersEverythingPrinted() {
    StringWriter sink = new StringWriter();
    PrintWriter out = new PrintWriter(new SafeTerminalWriter(sink), true);
    out.println("facility \u001b]2;title\u0007 \u202e");
    out.print('\u001b');
    out.flush();
    assertEquals("facility \\u001B]2;title\\u0007 \\u202E" + System.lineSeparator() + "\\u001B", sink.toString());
  }
}
