package io.safetynet.generate;

import io.safetynet.policy.Tier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The facilities of the simulated regions. Fixed by the region list alone (no randomness), so hand-written rows
 * can name them: {@code F<county>-<tier>-<nn>}, e.g. {@code F420922-L2-01} (大悟县人民医院) or
 * {@code F420902-L3-01} (孝感市中心医院). Per county: 4 village clinics (the 4th not designated), 3 township health
 * centres (the 3rd a non-designated private clinic), 3 county hospitals (the 3rd a non-designated private
 * hospital); per region: its LEVEL3 and OUT_OF_AREA hospitals, all designated.
 */
final class FacilityCatalog {
  /** A generated facility; {@code outOfCatalogueFactor} scales its tier's typical out-of-catalogue share. */
  record Facility(
      String id,
      String name,
      String regionCode,
      Tier tier,
      boolean designated,
      boolean majorDiseaseDesignated,
      double outOfCatalogueFactor) {}

  /** Per-facility out-of-catalogue propensity: some hospitals run well above their tier's typical share. */
  private static final double[] OUT_OF_CATALOGUE_FACTORS = {1.0, 1.7, 0.6, 1.2};

  private final List<Facility> all = new ArrayList<>();
  private final Map<Region, RegionFacilities> byRegion = new EnumMap<>(Region.class);

  /** Facilities of one region: per county for in-county tiers, region-wide for LEVEL3 and OUT_OF_AREA. */
  static final class RegionFacilities {
    final Map<String, Map<Tier, List<Facility>>> byCounty = new java.util.TreeMap<>();
    final List<Facility> level3 = new ArrayList<>();
    final List<Facility> outOfArea = new ArrayList<>();

    List<Facility> inCounty(String county, Tier tier) {
      return byCounty.get(county).get(tier);
    }

    List<Facility> of(String county, Tier tier) {
      if (tier == Tier.LEVEL3) {
        return level3;
      }
      if (tier == Tier.OUT_OF_AREA) {
        return outOfArea;
      }
      return inCounty(county, tier);
    }
  }

  FacilityCatalog(List<Region> regions) {
    for (Region region : regions) {
      RegionFacilities rf = new RegionFacilities();
      for (Region.County county : region.counties()) {
        Map<Tier, List<Facility>> tiers = new EnumMap<>(Tier.class);
        List<Facility> village = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          String town = county.towns().get(i);
          village.add(make(county.code(), Tier.VILLAGE, i, county.name() + town + "中心村卫生室", i < 3, false));
        }
        List<Facility> level1 = new ArrayList<>();
        level1.add(make(county.code(), Tier.LEVEL1, 0, county.name() + county.towns().get(0) + "卫生院", true, false));
        level1.add(make(county.code(), Tier.LEVEL1, 1, county.name() + county.towns().get(1) + "卫生院", true, false));
        level1.add(make(county.code(), Tier.LEVEL1, 2, county.name() + "\"仁爱\"诊所", false, false));
        List<Facility> level2 = new ArrayList<>();
        level2.add(make(county.code(), Tier.LEVEL2, 0, county.name() + "人民医院", true, true));
        level2.add(make(county.code(), Tier.LEVEL2, 1, county.name() + "中医医院", true, false));
        level2.add(make(county.code(), Tier.LEVEL2, 2, county.name() + "博爱医院", false, false));
        tiers.put(Tier.VILLAGE, village);
        tiers.put(Tier.LEVEL1, level1);
        tiers.put(Tier.LEVEL2, level2);
        rf.byCounty.put(county.code(), tiers);
      }
      List<Region.Place> l3 = region.level3();
      for (int i = 0; i < l3.size(); i++) {
        rf.level3.add(make(l3.get(i).code(), Tier.LEVEL3, i, l3.get(i).hospitalName(), true, i == 0));
      }
      List<Region.Place> oa = region.outOfArea();
      for (int i = 0; i < oa.size(); i++) {
        rf.outOfArea.add(make(oa.get(i).code(), Tier.OUT_OF_AREA, i, oa.get(i).hospitalName(), true, true));
      }
      byRegion.put(region, rf);
    }
  }

  private Facility make(String code, Tier tier, int ordinal, String name, boolean designated, boolean major) {
    String id = "F" + code + "-" + abbreviation(tier) + "-0" + (ordinal + 1);
    Facility f = new Facility(
        id, name, code, tier, designated, major, OUT_OF_CATALOGUE_FACTORS[ordinal % OUT_OF_CATALOGUE_FACTORS.length]);
    all.add(f);
    return f;
  }

  static String abbreviation(Tier tier) {
    switch (tier) {
      case VILLAGE:
        return "V";
      case LEVEL1:
        return "L1";
      case LEVEL2:
        return "L2";
      case LEVEL3:
        return "L3";
      default:
        return "OA";
    }
  }

  List<Facility> all() {
    return all;
  }

  RegionFacilities of(Region region) {
    return byRegion.get(region);
  }
}
