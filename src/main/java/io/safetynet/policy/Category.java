package io.safetynet.policy;

/**
 * A person's benefit category. {@code POOR} is 建档立卡贫困人口, {@code DIBAO} 低保对象, {@code TEKUN} 特困供养人员;
 * everyone else is {@code ORDINARY}. The first three are the "special categories" the policies favour.
 */
public enum Category {
  TEKUN, DIBAO, POOR, ORDINARY;

  public boolean isSpecial() {
    return this != ORDINARY;
  }
}
