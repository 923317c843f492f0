package io.safetynet.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safetynet.settle.Policies;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OopCeilingsTest {
  @Test
  void onlyXiaoganSetsAnOopCeilingAmongTheShippedPolicies() {
    Map<String, BigDecimal> ceilings = OopCeilings.of(Policies.load(Path.of("conf/policies")));
    assertEquals(Map.of("4209", new BigDecimal("5000")), ceilings);
  }

  @Test
  void aCountysOwnCeilingWinsOverItsProvincesAndOtherRegionsHaveNone() {
    Map<String, BigDecimal> ceilings = new LinkedHashMap<>();
    ceilings.put("62", new BigDecimal("3000"));
    ceilings.put("620421", new BigDecimal("4000"));
    assertEquals("case when r like '620421%' then 4000 when r like '62%' then 3000 end", OopCeilings.sql(ceilings, "r"));
    assertEquals("cast(null as decimal(18,2))", OopCeilings.sql(Map.of(), "r"));
  }
}
