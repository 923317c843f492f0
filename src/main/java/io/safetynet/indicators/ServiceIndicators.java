package io.safetynet.indicators;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code ind_service}, one row per (year, month, county, measure) with an additive numerator and denominator and
 * the distinct persons behind the denominator (for suppression). Yearly measures have month null.
 * <ul>
 *   <li>REFERRAL_COMPLIANCE: out-of-county inpatient/day-case claims needing a referral (referral_compliant not
 *       null) that had a compliant one.
 *   <li>IN_COUNTY_TREATMENT: 四位一体 claims (all but OUTPATIENT_GENERAL) at a facility in the person's county.
 *   <li>ONE_STOP_SETTLEMENT: 四位一体 claims the hospital settled at discharge: some reported_* amount present and
 *       settled_at on the discharge date (ASSUMPTION: the data has no explicit one-stop marker).
 *   <li>FAMILY_DOCTOR_SIGNING: special-category enrolees (category not ORDINARY) with family_doctor_signed.
 *   <li>FREQUENT_ADMISSION_PERSONS / _ADMISSIONS: see {@link FrequentAdmissions}; denominators all admitted
 *       persons / all admissions.
 * </ul>
 */
final class ServiceIndicators {
  private static final String FOUR_IN_ONE = "visit_type <> 'OUTPATIENT_GENERAL'";

  private ServiceIndicators() {}

  static Dataset<Row> compute(Dataset<Row> settled, Dataset<Row> enrolment) {
    Dataset<Row> referral =
        claimMeasure(
            settled.filter("not in_county and visit_type in ('INPATIENT', 'DAY_CASE') and referral_compliant is not null"),
            "REFERRAL_COMPLIANCE",
            "referral_compliant");
    Dataset<Row> fourInOne = settled.filter(FOUR_IN_ONE);
    Dataset<Row> inCounty = claimMeasure(fourInOne, "IN_COUNTY_TREATMENT", "in_county");
    Dataset<Row> oneStop =
        claimMeasure(
            fourInOne,
            "ONE_STOP_SETTLEMENT",
            "coalesce(reported_basic_paid, reported_critical_paid, reported_assistance_paid,"
                + " reported_supplementary_paid) is not null and to_date(settled_at) = discharge_date");
    Dataset<Row> familyDoctor =
        enrolment
            .filter("category is not null and category <> 'ORDINARY'")
            .groupBy(expr("insurance_year").as("year"), expr("cast(null as string)").as("month"), expr("region_code"))
            .agg(
                lit("FAMILY_DOCTOR_SIGNING").as("measure"),
                expr("count_if(coalesce(family_doctor_signed, false))").as("numerator"),
                count(lit(1)).as("denominator"),
                countDistinct("person_id").as("persons"));
    return referral
        .unionByName(inCounty)
        .unionByName(oneStop)
        .unionByName(familyDoctor)
        .unionByName(frequentAdmissions(settled));
  }

  private static Dataset<Row> claimMeasure(Dataset<Row> claims, String measure, String numeratorCondition) {
    return claims
        .groupBy(expr("insurance_year").as("year"), expr("month"), expr("region_code"))
        .agg(
            lit(measure).as("measure"),
            expr("count_if(coalesce(" + numeratorCondition + ", false))").as("numerator"),
            count(lit(1)).as("denominator"),
            countDistinct("person_id").as("persons"));
  }

  private static Dataset<Row> frequentAdmissions(Dataset<Row> settled) {
    Dataset<Row> all =
        FrequentAdmissions.admissions(settled)
            .groupBy(expr("insurance_year").as("year"), expr("region_code"))
            .agg(count(lit(1)).as("admissions"), countDistinct("person_id").as("admitted_persons"));
    Dataset<Row> clustered =
        FrequentAdmissions.inClusters(settled)
            .groupBy(expr("cluster_year").as("c_year"), expr("region_code").as("c_region"))
            .agg(count(lit(1)).as("clustered"), countDistinct("person_id").as("clustered_persons"));
    Dataset<Row> joined =
        all.join(clustered, expr("year = c_year and region_code = c_region"), "left")
            .na()
            .fill(0L, new String[] {"clustered", "clustered_persons"});
    Column month = expr("cast(null as string)").as("month");
    Dataset<Row> persons =
        joined.select(
            expr("year"), month, expr("region_code"), lit("FREQUENT_ADMISSION_PERSONS").as("measure"),
            expr("clustered_persons").as("numerator"), expr("admitted_persons").as("denominator"),
            expr("admitted_persons").as("persons"));
    Dataset<Row> admissions =
        joined.select(
            expr("year"), month, expr("region_code"), lit("FREQUENT_ADMISSION_ADMISSIONS").as("measure"),
            expr("clustered").as("numerator"), expr("admissions").as("denominator"),
            expr("admitted_persons").as("persons"));
    return persons.unionByName(admissions);
  }
}
