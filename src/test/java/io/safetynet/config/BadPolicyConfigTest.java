package io.safetynet.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One broken copy of a shipped config per validation rule: each must fail with a message naming the file, the
 * field path and the fix.
 */
class BadPolicyConfigTest {
  @TempDir Path dir;

  private static String shipped(String name) throws IOException {
    return Files.readString(PolicyFiles.file(name));
  }

  /** The shipped file with one exact text replaced (the text must be there, so a config edit cannot hide a test). */
  private static String edit(String name, String from, String to) throws IOException {
    String text = shipped(name);
    assertTrue(text.contains(from), name + " no longer contains: " + from);
    return text.replace(from, to);
  }

  private PolicyConfigException fails(String fileName, String yaml) throws IOException {
    Path f = dir.resolve(fileName);
    Files.writeString(f, yaml);
    return assertThrows(PolicyConfigException.class, () -> PolicyLoader.load(f));
  }

  private static void assertNames(PolicyConfigException e, String file, String field, String problem, String fix) {
    String m = e.getMessage();
    assertTrue(m.contains(file), "file not named: " + m);
    assertEquals(field, e.field(), m);
    assertTrue(m.contains(field + ": "), "field not named: " + m);
    assertTrue(m.contains(problem), "problem '" + problem + "' not stated: " + m);
    assertTrue(e.fix().contains(fix), "fix '" + fix + "' not given: " + m);
    assertTrue(m.contains("Fix: "), m);
  }

  @Test
  void unknownKeySuggestsTheClosestKnownKey() throws IOException {
    var e = fails("typo.yaml", edit("xiaogan-2018.yaml", "  annualCap: {value: 120000", "  anualCap: {value: 120000"));
    assertNames(e, "typo.yaml", "basic.anualCap", "unknown key 'anualCap'", "did you mean 'annualCap'?");
  }

  @Test
  void unknownTopLevelKey() throws IOException {
    var e = fails("top.yaml", edit("xiaogan-2018.yaml", "validFrom: 2018-01-01", "validFrom: 2018-01-01\nvalidFor: 2019"));
    assertNames(e, "top.yaml", "validFor", "unknown key 'validFor'", "did you mean 'validFrom'?");
  }

  @Test
  void fileWideSourceIsRefused() throws IOException {
    var e = fails("wide.yaml", edit("xiaogan-2018.yaml", "seed: 001_13153c10c1d4bd39.txt", "seed: 001_13153c10c1d4bd39.txt\nsource: assumption"));
    assertNames(e, "wide.yaml", "source", "a file-wide source is not allowed", "put 'source:' on each block");
  }

  @Test
  void missingSection() throws IOException {
    String text = shipped("xiaogan-2018.yaml");
    String cut = text.substring(0, text.indexOf("critical:\n")) + text.substring(text.indexOf("# 三、(四)"));
    var e = fails("nosection.yaml", cut);
    assertNames(e, "nosection.yaml", "critical", "required value is missing", "add 'critical:' under the top level");
  }

  @Test
  void missingRequiredValue() throws IOException {
    var e = fails("missing.yaml", edit("xiaogan-2018.yaml", "    annualCap: 300\n", ""));
    assertNames(e, "missing.yaml", "basic.outpatientGeneral.annualCap", "required value is missing",
        "add 'annualCap:' under basic.outpatientGeneral");
  }

  @Test
  void ratioAboveOne() throws IOException {
    var e = fails("ratio.yaml", edit("xiaogan-2018.yaml", "LEVEL1: 0.90, LEVEL2: 0.80, LEVEL3: 0.65, OUT_OF_AREA: 0.55}",
        "LEVEL1: 0.90, LEVEL2: 80, LEVEL3: 0.65, OUT_OF_AREA: 0.55}"));
    assertNames(e, "ratio.yaml", "basic.inpatient.ratio.POOR.LEVEL2", "ratio 80 is outside 0..1", "80% is 0.80");
  }

  @Test
  void negativeRatio() throws IOException {
    var e = fails("neg-ratio.yaml", edit("xiaogan-2018.yaml", "  patientShare: 0.1", "  patientShare: -0.1"));
    assertNames(e, "neg-ratio.yaml", "outOfCatalogue.patientShare", "ratio -0.1 is outside 0..1", "fractions");
  }

  @Test
  void ratioPlusCriticalBonusAboveOne() throws IOException {
    var e = fails("bonus.yaml", edit("xiaogan-2018.yaml", "    - {ratio: 0.80}\n  annualCap:",
        "    - {ratio: 0.80}\n  bonus: {POOR: 0.30}\n  annualCap:"));
    assertNames(e, "bonus.yaml", "critical.segments.2.ratio", "ratio 0.80 plus the POOR bonus 0.30 exceeds 1",
        "sum is <= 1");
  }

  @Test
  void negativeMoney() throws IOException {
    var e = fails("money.yaml", edit("xiaogan-2018.yaml", "    deductible: 600", "    deductible: -600"));
    assertNames(e, "money.yaml", "basic.outpatientSevere.deductible", "amount -600 is negative", "amount of yuan >= 0");
  }

  @Test
  void moneyBelowAFen() throws IOException {
    var e = fails("fen.yaml", edit("xiaogan-2018.yaml", "    deductible: 600", "    deductible: 600.005"));
    assertNames(e, "fen.yaml", "basic.outpatientSevere.deductible", "amount 600.005 has more than 2 decimals", "round it to fen");
  }

  @Test
  void criticalSegmentsGoingBackwards() throws IOException {
    var e = fails("segments.yaml", edit("xiaogan-2018.yaml", "    - {upTo: 100000, ratio: 0.70}", "    - {upTo: 20000, ratio: 0.70}"));
    assertNames(e, "segments.yaml", "critical.segments.1.upTo",
        "segment upTo 20000 does not exceed the previous segment's upTo 30000", "strictly increasing upTo");
  }

  @Test
  void criticalSegmentsWithEqualBoundsOverlap() throws IOException {
    var e = fails("overlap.yaml", edit("xiaogan-2018.yaml", "    - {upTo: 100000, ratio: 0.70}", "    - {upTo: 30000, ratio: 0.70}"));
    assertNames(e, "overlap.yaml", "critical.segments.1.upTo", "overlap or go backwards", "strictly increasing");
  }

  @Test
  void firstCriticalSegmentMustEndAboveEveryDeductible() throws IOException {
    var e = fails("first.yaml", edit("xiaogan-2018.yaml", "    - {upTo: 30000, ratio: 0.60}", "    - {upTo: 4000, ratio: 0.60}"));
    assertNames(e, "first.yaml", "critical.segments.0.upTo", "not above the", "larger than every category's deductible");
  }

  @Test
  void openSegmentMustBeLast() throws IOException {
    var e = fails("open.yaml", edit("xiaogan-2018.yaml", "    - {upTo: 100000, ratio: 0.70}", "    - {ratio: 0.70}"));
    assertNames(e, "open.yaml", "critical.segments.1.upTo", "only the last segment may be open-ended", "give this segment an upTo");
  }

  @Test
  void severeCapBelowDeductible() throws IOException {
    var e = fails("cap.yaml", edit("xiaogan-2018.yaml", "    annualCap: 30000", "    annualCap: 300"));
    assertNames(e, "cap.yaml", "basic.outpatientSevere.annualCap", "annual cap 300 is below the deductible 600",
        "raise annualCap above the deductible");
  }

  @Test
  void criticalCapBelowDeductible() throws IOException {
    var e = fails("ccap.yaml", edit("xiaogan-2018.yaml", "    POOR: 400000", "    POOR: 4000"));
    assertNames(e, "ccap.yaml", "critical.annualCap.POOR", "annual cap 4000 is below the deductible 5000", "'none' for no cap");
  }

  @Test
  void unknownVisitType() throws IOException {
    var e = fails("visit.yaml", edit("xiaogan-2018.yaml", "    visitTypes: [INPATIENT, DAY_CASE]", "    visitTypes: [INPATIENTS, DAY_CASE]"));
    assertNames(e, "visit.yaml", "targets.0.visitTypes.0", "unknown visit type 'INPATIENTS'", "did you mean 'INPATIENT'?");
  }

  @Test
  void unknownCategoryKey() throws IOException {
    var e = fails("category.yaml", edit("xiaogan-2018.yaml", "    DIBAO: {value: 5000", "    DIBOA: {value: 5000"));
    assertNames(e, "category.yaml", "critical.deductible.DIBOA", "unknown category 'DIBOA'", "did you mean 'DIBAO'?");
  }

  @Test
  void unknownCategoryInList() throws IOException {
    var e = fails("catlist.yaml", edit("xiaogan-2018.yaml", "    categories: [POOR]\n    visitTypes: [INPATIENT",
        "    categories: [PORE]\n    visitTypes: [INPATIENT"));
    assertNames(e, "catlist.yaml", "targets.0.categories.0", "unknown category 'PORE'", "did you mean 'POOR'?");
  }

  @Test
  void unknownTier() throws IOException {
    var e = fails("tier.yaml", edit("xiaogan-2018.yaml", "dailyCap: {VILLAGE: 15, LEVEL1: 25, LEVEL2: 25}",
        "dailyCap: {VILLAGE: 15, LEVEL1: 25, LEVEL4: 25}"));
    assertNames(e, "tier.yaml", "basic.outpatientGeneral.dailyCap.LEVEL4", "unknown facility tier 'LEVEL4'", "OUT_OF_AREA");
  }

  @Test
  void unknownTopUpBase() throws IOException {
    var e = fails("base.yaml", edit("xiaogan-2018.yaml", "  base: IN_POLICY", "  base: INPOLICY"));
    assertNames(e, "base.yaml", "supplementary.base", "unknown top-up base 'INPOLICY'", "did you mean 'IN_POLICY'?");
  }

  @Test
  void badDate() throws IOException {
    var e = fails("date.yaml", edit("xiaogan-2018.yaml", "validFrom: 2018-01-01", "validFrom: 2018-13-01"));
    assertNames(e, "date.yaml", "validFrom", "'2018-13-01' is not a date", "YYYY-MM-DD");
  }

  @Test
  void validToBeforeValidFrom() throws IOException {
    var e = fails("to.yaml", edit("xiaogan-2018.yaml", "validFrom: 2018-01-01", "validFrom: 2018-01-01\nvalidTo: 2017-12-31"));
    assertNames(e, "to.yaml", "validTo", "validTo 2017-12-31 is before validFrom 2018-01-01", "on or after validFrom");
  }

  @Test
  void amendmentBeforeValidFrom() throws IOException {
    var e = fails("early.yaml", edit("fuxin-2019.yaml", "  - from: 2020-01-01", "  - from: 2018-06-01"));
    assertNames(e, "early.yaml", "amendments.0.from", "amendment date 2018-06-01 is not after validFrom 2019-01-01",
        "date the amendment after validFrom");
  }

  @Test
  void amendmentPathThatDoesNotExist() throws IOException {
    var e = fails("path.yaml", edit("fuxin-2019.yaml", "      assistance.ratio.SPECIAL: 0.70", "      assistance.ratoi.POOR: 0.70"));
    assertNames(e, "path.yaml", "amendments.0.set.assistance.ratoi.POOR",
        "path assistance.ratoi.POOR does not exist in the policy: there is no block 'ratoi' under assistance",
        "did you mean 'ratio'?");
  }

  @Test
  void amendmentOfAMisspeltLeafFailsTheSchemaCheck() throws IOException {
    var e = fails("leaf.yaml", edit("fuxin-2019.yaml", "      assistance.ratio.SPECIAL: 0.70", "      assistance.ratio.PORE: 0.70"));
    assertNames(e, "leaf.yaml", "assistance.ratio.PORE", "unknown category 'PORE' (in the terms from 2020-01-01",
        "did you mean 'POOR'?");
  }

  @Test
  void amendedValueIsValidatedToo() throws IOException {
    var e = fails("amended.yaml", edit("fuxin-2019.yaml", "      assistance.ratio.SPECIAL: 0.70", "      assistance.ratio.SPECIAL: 70"));
    assertNames(e, "amended.yaml", "assistance.ratio.SPECIAL",
        "ratio 70 is outside 0..1 (in the terms from 2020-01-01, after amendments.0)", "80% is 0.80");
  }

  @Test
  void amendmentMayNotChangeMetadata() throws IOException {
    var e = fails("meta.yaml", edit("fuxin-2019.yaml", "      assistance.ratio.SPECIAL: 0.70", "      validFrom: 2020-01-01"));
    assertNames(e, "meta.yaml", "amendments.0.set.validFrom", "'validFrom' cannot be changed by an amendment", "change only the terms");
  }

  @Test
  void everyCategoryAndTierNeedsAnInpatientValue() throws IOException {
    var e = fails("tiers.yaml", edit("xiaogan-2018.yaml",
        "ORDINARY: {VILLAGE: {value: 0.85, source: {assumption: \"no village inpatient rate; LEVEL1 used\"}}, LEVEL1: 0.85,",
        "ORDINARY: {LEVEL1: 0.85,"));
    assertNames(e, "tiers.yaml", "basic.inpatient.ratio.ORDINARY.VILLAGE", "no value for category ORDINARY at tier VILLAGE",
        "add 'VILLAGE: <number>' under basic.inpatient.ratio.ORDINARY");
  }

  @Test
  void everyCategoryNeedsAnInpatientRow() throws IOException {
    var e = fails("rows.yaml", edit("xiaogan-2018.yaml",
        "      ORDINARY: {VILLAGE: {value: 200, source: {assumption: \"no village inpatient rate; LEVEL1 used\"}}, LEVEL1: 200, LEVEL2: 400, LEVEL3: 800, OUT_OF_AREA: 1200}\n",
        ""));
    assertNames(e, "rows.yaml", "basic.inpatient.deductible.ORDINARY", "no value for category ORDINARY", "or SPECIAL");
  }

  @Test
  void valueWithoutAnySource() throws IOException {
    var e = fails("nosource.yaml", edit("xiaogan-2018.yaml", "    source: {clause: \"三、(二)1 门诊统筹\"}\n", ""));
    assertNames(e, "nosource.yaml", "basic.outpatientGeneral.ratio", "value 0.50 has no source", "source: {assumption");
  }

  @Test
  void malformedSource() throws IOException {
    var e = fails("badsource.yaml", edit("xiaogan-2018.yaml", "    source: {clause: \"三、(二)1 门诊统筹\"}",
        "    source: {clause: \"三、(二)1\", assumption: \"both\"}"));
    assertNames(e, "badsource.yaml", "basic.outpatientGeneral.source", "either a seed clause or an assumption", "source: assumption");
  }

  @Test
  void clauseWithoutSeedFile() throws IOException {
    var e = fails("noseed.yaml", edit("xiaogan-2018.yaml", "seed: 001_13153c10c1d4bd39.txt\n", ""));
    assertNames(e, "noseed.yaml", "diseaseLists.chronic-tier-1.source", "clause '三、(二)2 一档' names no seed file", "add 'seed: <file>'");
  }

  @Test
  void valueGivenAsText() throws IOException {
    var e = fails("text.yaml", edit("xiaogan-2018.yaml", "    ratio: 0.50\n    annualCap: 300", "    ratio: \"50%\"\n    annualCap: 300"));
    assertNames(e, "text.yaml", "basic.outpatientGeneral.ratio", "value '50%' is not a number", "0.80 (for 80%)");
  }

  @Test
  void unknownDiseaseList() throws IOException {
    var e = fails("list.yaml", edit("xiaogan-2018.yaml", "    diseases: severe-25", "    diseases: severe-52"));
    assertNames(e, "list.yaml", "basic.outpatientSevere.diseases", "no disease list named 'severe-52'", "did you mean 'severe-25'?");
  }

  @Test
  void badIcdPrefix() throws IOException {
    var e = fails("icd.yaml", edit("xiaogan-2018.yaml", "icd: [M32]", "icd: [m32]"));
    assertNames(e, "icd.yaml", "diseaseLists.severe-25.diseases.8.icd.0", "'m32' is not an ICD-10 code prefix", "upper-case");
  }

  @Test
  void badRegionPrefix() throws IOException {
    var e = fails("region.yaml", edit("xiaogan-2018.yaml", "regionCodePrefixes: [\"4209\"]", "regionCodePrefixes: [\"42-09\"]"));
    assertNames(e, "region.yaml", "regionCodePrefixes.0", "'42-09' is not 1 to 6 digits", "\"4209\" for Xiaogan");
  }

  @Test
  void unquotedVersion() throws IOException {
    var e = fails("version.yaml", edit("xiaogan-2018.yaml", "version: \"2018.1\"", "version: 2018.10"));
    assertNames(e, "version.yaml", "version", "is not text", "quote the version");
  }

  @Test
  void invalidYamlNamesTheLine() throws IOException {
    var e = fails("syntax.yaml", edit("xiaogan-2018.yaml", "    ratio: 0.50\n    annualCap: 300", "    ratio: [0.50\n    annualCap: 300"));
    assertTrue(e.getMessage().startsWith(dir.resolve("syntax.yaml") + ": not valid YAML at line "), e.getMessage());
    assertTrue(e.fix().contains("fix the YAML syntax"), e.getMessage());
  }

  @Test
  void duplicateKeyIsAnError() throws IOException {
    var e = fails("dup.yaml", edit("xiaogan-2018.yaml", "    ratio: 0.50\n    annualCap: 300", "    ratio: 0.50\n    ratio: 0.60\n    annualCap: 300"));
    assertTrue(e.getMessage().contains("dup.yaml") && e.getMessage().contains("Duplicate field 'ratio'"), e.getMessage());
  }

  @Test
  void referralPenaltyLargerThanARatio() throws IOException {
    var e = fails("penalty.yaml", edit("xiaogan-2018.yaml", "{value: 0.10, source: {assumption: \"the penalty sentence",
        "{value: 0.60, source: {assumption: \"the penalty sentence"));
    assertNames(e, "penalty.yaml", "referral.basicRatioPenalty", "penalty 0.60 exceeds the", "every penalised ratio stays >= 0");
  }

  @Test
  void generalOutpatientIsNotFourInOne() throws IOException {
    var e = fails("general.yaml", edit("xiaogan-2018.yaml", "    INPATIENT: 0.90\n", "    INPATIENT: 0.90\n    OUTPATIENT_GENERAL: 0.90\n"));
    assertNames(e, "general.yaml", "supplementary", "OUTPATIENT_GENERAL is not part of the four-in-one", "remove OUTPATIENT_GENERAL");
  }

  @Test
  void missingFile() {
    var e = assertThrows(PolicyConfigException.class, () -> PolicyLoader.load(dir.resolve("nope.yaml")));
    assertTrue(e.getMessage().contains("nope.yaml: file not found"), e.getMessage());
  }
}
