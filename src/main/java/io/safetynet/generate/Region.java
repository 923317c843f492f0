package io.safetynet.generate;

import java.util.List;

/**
 * The regions of the shipped policy configs, with the counties whose residents the generator simulates and the
 * places their out-of-county hospitals sit. Region codes are real 行政区划代码 (GB/T 2260). Income anchors are the
 * provincial rural per-capita disposable income of the provincial statistical bulletins (see
 * {@code sample-data/README.md}); population shares are ASSUMPTIONS (documented there).
 */
public enum Region {
  /** Xiaogan city, Hubei (seed 001): residents in Dawu and Xiaochang; city LEVEL3 hospitals in Xiaonan district. */
  XIAOGAN(
      "4209",
      List.of(
          new County("420922", "大悟县", List.of("城关镇", "新城镇", "宣化店镇", "芳畈镇")),
          new County("420921", "孝昌县", List.of("花园镇", "周巷镇", "小河镇", "王店镇"))),
      List.of(
          new Place("420902", "孝感市中心医院"), new Place("420902", "孝感市第一人民医院"),
          new Place("420902", "孝感市中医医院,东院区")),
      List.of(new Place("420103", "华中科技大学同济医学院附属协和医院"), new Place("420106", "湖北省人民医院")),
      14_978, 16_391, 0.15, true),
  /** Gansu province (seed 000): Jingyuan and Huining counties of Baiyin; LEVEL3 in Baiyin district and Lanzhou. */
  GANSU(
      "62",
      List.of(
          new County("620421", "靖远县", List.of("乌兰镇", "东湾镇", "北湾镇", "平堡镇")),
          new County("620422", "会宁县", List.of("会师镇", "郭城驿镇", "河畔镇", "甘沟驿镇"))),
      List.of(
          new Place("620402", "白银市第一人民医院"), new Place("620102", "兰州大学第一医院"),
          new Place("620102", "甘肃省人民医院")),
      List.of(new Place("610113", "西安交通大学第一附属医院"), new Place("510107", "四川大学华西医院")),
      8_804, 9_629, 0.20, false),
  /** Fuxin city, Liaoning (seed 002): Fuxin Mongol county and Zhangwu; LEVEL3 in Haizhou district. */
  FUXIN(
      "2109",
      List.of(
          new County("210921", "阜新蒙古族自治县", List.of("阜新镇", "大巴镇", "泡子镇", "东梁镇")),
          new County("210922", "彰武县", List.of("彰武镇", "哈尔套镇", "大四家子镇", "阿尔乡镇"))),
      List.of(new Place("210902", "阜新市中心医院"), new Place("210902", "阜新矿业（集团）有限责任公司总医院")),
      List.of(new Place("210102", "中国医科大学附属第一医院"), new Place("210102", "中国医科大学附属盛京医院")),
      14_656, 16_108, 0.10, false),
  /**
   * Alxa Left Banner, Inner Mongolia (seed 004). The league's LEVEL3 hospitals sit in the banner seat Bayanhot, so
   * they share the residents' code 152921 (in-county); out-of-county care goes to Yinchuan or Hohhot (OUT_OF_AREA).
   */
  ALXA(
      "152921",
      List.of(new County("152921", "阿拉善左旗", List.of("巴彦浩特镇", "吉兰泰镇", "宗别立镇", "温都尔勒图镇"))),
      List.of(new Place("152921", "阿拉善盟中心医院"), new Place("152921", "阿拉善盟蒙医医院")),
      List.of(new Place("640104", "宁夏医科大学总医院"), new Place("150102", "内蒙古医科大学附属医院")),
      13_803, 15_283, 0.08, true);

  /** A county whose residents are simulated; towns name its village clinics and township health centres. */
  public record County(String code, String name, List<String> towns) {}

  /** A hospital outside the residents' counties. */
  public record Place(String code, String hospitalName) {}

  private final String prefix;
  private final List<County> counties;
  private final List<Place> level3;
  private final List<Place> outOfArea;
  private final int ruralIncome2018;
  private final int ruralIncome2019;
  private final double poorHouseholdShare;
  private final boolean supplementaryForSpecial;

  Region(
      String prefix,
      List<County> counties,
      List<Place> level3,
      List<Place> outOfArea,
      int ruralIncome2018,
      int ruralIncome2019,
      double poorHouseholdShare,
      boolean supplementaryForSpecial) {
    this.prefix = prefix;
    this.counties = counties;
    this.level3 = level3;
    this.outOfArea = outOfArea;
    this.ruralIncome2018 = ruralIncome2018;
    this.ruralIncome2019 = ruralIncome2019;
    this.poorHouseholdShare = poorHouseholdShare;
    this.supplementaryForSpecial = supplementaryForSpecial;
  }

  /** The region-code prefix of the shipped policy config. */
  public String prefix() {
    return prefix;
  }

  public List<County> counties() {
    return counties;
  }

  List<Place> level3() {
    return level3;
  }

  List<Place> outOfArea() {
    return outOfArea;
  }

  /** Provincial rural per-capita disposable income (yuan) for a year; later years grow 8% a year (ASSUMPTION). */
  double ruralIncome(int year) {
    if (year <= 2018) {
      return ruralIncome2018 * Math.pow(1.08, year - 2018);
    }
    return ruralIncome2019 * Math.pow(1.08, year - 2019);
  }

  /** Share of households registered poor (建档立卡) at the start of the first year: ASSUMPTION. */
  double poorHouseholdShare() {
    return poorHouseholdShare;
  }

  /** Whether special categories are covered by a supplementary / bottom-line scheme (Xiaogan "985", Alxa). */
  boolean supplementaryForSpecial() {
    return supplementaryForSpecial;
  }
}
