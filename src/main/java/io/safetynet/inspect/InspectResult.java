package io.safetynet.inspect;

import java.util.List;

/** The ranked flags one inspect run wrote to {@code inspection_flags}, and the printable report. */
public record InspectResult(List<InspectionFlag> flags, String report) {
  public InspectResult {
    flags = List.copyOf(flags);
  }
}
