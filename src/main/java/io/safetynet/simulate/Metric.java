package io.safetynet.simulate;

/** One line of the scenario comparison, with the unit its values are in. */
public enum Metric {
  BASIC("basic insurance paid", Unit.YUAN),
  CRITICAL("critical illness paid", Unit.YUAN),
  ASSISTANCE("medical assistance paid", Unit.YUAN),
  SUPPLEMENTARY("supplementary paid", Unit.YUAN),
  FUNDS("all funds paid", Unit.YUAN),
  PATIENT_OOP("patient out-of-pocket", Unit.YUAN),
  ACTUAL_RATIO("actual ratio (funds / total cost)", Unit.RATIO),
  COMPLIANT_RATIO("compliant ratio (funds on in-policy / in-policy)", Unit.RATIO),
  BELOW_TARGET("poor person-years below a target", Unit.COUNT),
  OOP_MEDIAN("household OOP median (yuan/year)", Unit.YUAN),
  OOP_P90("household OOP 90th percentile", Unit.YUAN),
  OOP_OVER_CEILING("households with OOP above their region's ceiling", Unit.COUNT),
  POVERTY_RATE("illness-driven poverty rate", Unit.RATIO),
  IMPOVERISHING("impoverished households", Unit.COUNT),
  SHORTFALL_YEAR("first forecast shortfall year", Unit.YEAR);

  /** How a metric's values are stored and printed. */
  public enum Unit {
    YUAN, RATIO, COUNT, YEAR
  }

  private final String label;
  private final Unit unit;

  Metric(String label, Unit unit) {
    this.label = label;
    this.unit = unit;
  }

  public String label() {
    return label;
  }

  public Unit unit() {
    return unit;
  }
}
