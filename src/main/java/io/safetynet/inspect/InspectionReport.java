package io.safetynet.inspect;

import io.safetynet.inspect.InspectionFlag.Type;
import io.safetynet.text.TerminalText;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The printable inspector report: one section per flag type, facilities ranked worst first. */
final class InspectionReport {
  private static final Map<Type, String> TITLES =
      Map.of(
          Type.OOC_OVER_LIMIT, "Facilities over the out-of-catalogue limit",
          Type.OOC_PEER_OUTLIER, "Facilities far above their tier's peers (out-of-catalogue share)",
          Type.FREQUENT_ADMISSIONS, "Frequent admissions (3+ within 30 days)",
          Type.RECONCILIATION_DIFFERENCE, "Reported vs recomputed payment differences");

  private InspectionReport() {}

  static String format(List<InspectionFlag> flags) {
    StringBuilder b = new StringBuilder();
    long facilities = flags.stream().map(InspectionFlag::facilityId).distinct().count();
    b.append("Inspection report: ").append(flags.size()).append(" flags on ").append(facilities)
        .append(" facilities\n");
    Map<Type, List<InspectionFlag>> byType = InspectJob.byType(flags);
    for (Type type : Type.values()) {
      List<InspectionFlag> list = byType.getOrDefault(type, List.of());
      b.append("\n== ").append(TITLES.get(type)).append(" [").append(type).append("]: ").append(list.size())
          .append(" ==\n");
      for (InspectionFlag f : list) {
        // facility ids, evidence and claim ids are data: escaped, so they cannot drive the terminal
        b.append(String.format("%3d. %s (%s, %s) score %s (%s)%n     %s%n     claims: %s%n", f.rank(),
            value(f.facilityId()), value(f.tier()), value(f.facilityRegionCode()),
            f.score() == null ? "-" : f.score().toPlainString(), type.scoreUnit, value(f.evidence()),
            claims(f.claimIds())));
      }
    }
    return b.toString();
  }

  private static String value(String s) {
    return s == null ? "-" : TerminalText.value(s);
  }

  private static String claims(List<String> ids) {
    int shown = Math.min(10, ids.size());
    String head = ids.subList(0, shown).stream().map(InspectionReport::value).collect(Collectors.joining(", "));
    return ids.size() > shown ? head + " … (" + ids.size() + " listed)" : head;
  }
}
