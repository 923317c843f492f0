package io.safetynet.indicators;

import static io.safetynet.indicators.SettlementRow.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safetynet.spark.TestSpark;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class FrequentAdmissionsTest {
  static SettlementRow admission(String id, String person, String date) {
    return claim(id, person, "H" + person).dates(date, date).cost("1000", "1000", "0");
  }

  static Dataset<Row> settled(SettlementRow... rows) {
    List<Row> out = new ArrayList<>();
    for (SettlementRow r : rows) {
      out.add(r.toRow());
    }
    return TestSpark.session().createDataFrame(out, SettlementRow.SCHEMA);
  }

  @Test
  void threeAdmissionsWithinThirtyDaysFormACluster() {
    // P5: Jun 1, 15, 30 (30 - 1 = 29 days apart: one 30-day window) -> 3 admissions;
    // P6: Jul 1, 15, 31 (30 days apart: no window holds 3) -> none;
    // P8: Aug 1, 10, 20 and Sep 25 -> the first three only; a chronic visit of P5 is not an admission
    Dataset<Row> s =
        settled(
            admission("A1", "P5", "2018-06-01"), admission("A2", "P5", "2018-06-15"),
            admission("A3", "P5", "2018-06-30"), admission("A4", "P6", "2018-07-01"),
            admission("A5", "P6", "2018-07-15"), admission("A6", "P6", "2018-07-31"),
            admission("A7", "P8", "2018-08-01"), admission("A8", "P8", "2018-08-10"),
            admission("A9", "P8", "2018-08-20"), admission("A10", "P8", "2018-09-25"),
            admission("A11", "P5", "2018-06-20").visit("OUTPATIENT_CHRONIC"));
    List<String> ids =
        FrequentAdmissions.inClusters(s).orderBy("claim_id").select("claim_id").as(
            org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertEquals(List.of("A1", "A2", "A3", "A7", "A8", "A9"), ids);
  }
}
