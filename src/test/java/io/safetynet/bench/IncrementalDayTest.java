package io.safetynet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalDayTest {
  @TempDir Path dir;

  @Test
  void picksEveryNthClaimAsCorrectionOrNewClaimWithTheEnrolmentOfItsPersons() throws IOException {
    Path full = Files.createDirectories(dir.resolve("full"));
    Files.writeString(full.resolve("facilities.csv"), "facility_id,name\nF1,\"A, B\"\n");
    StringBuilder claims = new StringBuilder("claim_id,person_id,total_cost,in_policy_cost,status\n");
    for (int i = 0; i < 8; i++) {
      claims.append("C").append(i).append(",P").append(i % 3).append(",100.00,90.00,ACTIVE\n");
    }
    Files.writeString(full.resolve("claims.csv"), claims);
    Files.writeString(full.resolve("enrolment.csv"),
        "person_id,insurance_year,name\nP0,2018,x\nP1,2018,\"Li, Si\"\nP2,2018,z\n");

    // share 0.25: every 4th claim, at offsets 2 and 6: C2 of P2 corrected, C6 of P0 copied as new
    IncrementalDay.Result r = IncrementalDay.write(full, dir.resolve("day"), 0.25);

    assertEquals(1, r.corrected());
    assertEquals(1, r.added());
    assertEquals(2, r.persons());
    assertEquals(List.of("claim_id,person_id,total_cost,in_policy_cost,status", "C2,P2,110.00,100.00,ACTIVE",
        "C6-D1,P0,100.00,90.00,ACTIVE"), Files.readAllLines(r.directory().resolve("claims.csv")));
    assertEquals(List.of("person_id,insurance_year,name", "P0,2018,x", "P2,2018,z"),
        Files.readAllLines(r.directory().resolve("enrolment.csv")));
    assertEquals("facility_id,name\nF1,\"A, B\"\n", Files.readString(r.directory().resolve("facilities.csv")));
  }
}
