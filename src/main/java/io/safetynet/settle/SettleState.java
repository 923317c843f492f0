package io.safetynet.settle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.delta.tables.DeltaTable;
import io.safetynet.spark.Warehouse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What a settlement commit was computed from: the version of each input table and the policy fingerprint. It is
 * stored in the settlement commit's own {@code userMetadata}, so it is true exactly when that commit exists: a run
 * killed before its commit leaves the previous state, and the next run looks at the changes since then again.
 *
 * @param versions input table name to its Delta version (a table that does not exist is absent)
 * @param ids input table name to its Delta table id (a table deleted and created again has a new one)
 */
record SettleState(Map<String, Long> versions, Map<String, String> ids, long policyFingerprint) {
  /** The tables a settlement reads. */
  static final List<String> INPUTS =
      List.of(Warehouse.CLAIMS, Warehouse.ENROLMENT, Warehouse.REFERRALS, Warehouse.FACILITIES);
  private static final String KEY = "safetynetSettledInputs";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Commits searched back for a state: maintenance may commit compactions after a settle. */
  private static final int HISTORY = 100;

  SettleState {
    versions = Map.copyOf(versions);
    ids = Map.copyOf(ids);
  }

  /** The current versions of the input tables. */
  static SettleState current(SparkSession spark, Warehouse w, long policyFingerprint) {
    Map<String, Long> versions = new LinkedHashMap<>();
    Map<String, String> ids = new LinkedHashMap<>();
    for (String t : INPUTS) {
      if (w.exists(t)) {
        DeltaTable table = DeltaTable.forPath(spark, w.path(t));
        versions.put(t, table.history(1).select("version").first().getLong(0));
        ids.put(t, table.detail().select("id").first().getString(0));
      }
    }
    return new SettleState(versions, ids, policyFingerprint);
  }

  /** The state recorded by the latest settlement commit that has one; empty for a table written before it. */
  static Optional<SettleState> lastSettled(SparkSession spark, Warehouse w) {
    List<Row> commits = DeltaTable.forPath(spark, w.path(Warehouse.SETTLEMENT)).history(HISTORY)
        .select("userMetadata").collectAsList();
    for (Row c : commits) {
      if (!c.isNullAt(0)) {
        Optional<SettleState> s = parse(c.getString(0));
        if (s.isPresent()) {
          return s;
        }
      }
    }
    return Optional.empty();
  }

  String toJson() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode state = root.putObject(KEY);
    ObjectNode v = state.putObject("versions");
    versions.forEach(v::put);
    ObjectNode i = state.putObject("ids");
    ids.forEach(i::put);
    state.put("policyFingerprint", policyFingerprint);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Optional<SettleState> parse(String userMetadata) {
    try {
      JsonNode state = JSON.readTree(userMetadata).get(KEY);
      if (state == null || !state.has("versions") || !state.has("ids") || !state.has("policyFingerprint")) {
        return Optional.empty();
      }
      Map<String, Long> versions = new LinkedHashMap<>();
      state.get("versions").fields().forEachRemaining(e -> versions.put(e.getKey(), e.getValue().asLong()));
      Map<String, String> ids = new LinkedHashMap<>();
      state.get("ids").fields().forEachRemaining(e -> ids.put(e.getKey(), e.getValue().asText()));
      return Optional.of(new SettleState(versions, ids, state.get("policyFingerprint").asLong()));
    } catch (JsonProcessingException | RuntimeException e) {
      return Optional.empty(); // someone else's metadata
    }
  }
}
