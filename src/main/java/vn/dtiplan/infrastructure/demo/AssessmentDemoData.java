package vn.dtiplan.infrastructure.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import vn.dtiplan.domain.assessment.Adjustment;
import vn.dtiplan.domain.assessment.Assessment;
import vn.dtiplan.domain.assessment.AssessmentRepository;
import vn.dtiplan.domain.assessment.ScoreSide;
import vn.dtiplan.domain.framework.IndexFramework;
import vn.dtiplan.domain.framework.IndexFrameworkRepository;
import vn.dtiplan.domain.framework.Pillar;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * Demo frameworks and published 2023 and 2024 results from {@code /demo/frameworks.tsv} and
 * {@code /demo/assessments.tsv} (tab-separated: titles hold commas). Bà Rịa - Vũng Tàu's 2023
 * ward and city frameworks with the criteria the seeds name as lost; Thành phố Vũng Tàu and
 * Phường 2 with the seeds' pillar scores, published totals and ranks; illustrative scores for the
 * other 16 wards (so the ranking has 17 rows); Bắc Giang's ward framework with codes 1.1–8.7.
 * Each result goes through the workflow (submitted, appraised by {@code tinh.brvt}, published on
 * 29 December of its year: 29/12/2023 is the date of decision 3895/QĐ-UBND). The 2024 ward framework
 * is a copy of 2023's with the same codes, and the wards' 2024 results (Phường 1 by pillar only) let the
 * solution library measure what the 2024 tasks did to criteria 6.3 and 6.4.
 */
@Dependent
public class AssessmentDemoData {

    private static final Logger LOG = Logger.getLogger(AssessmentDemoData.class.getName());

    @Inject
    private IndexFrameworkRepository frameworks;

    @Inject
    private AssessmentRepository assessments;

    public void load(Map<String, AdministrativeUnit> unitsByCode) {
        Map<String, IndexFramework> byKey = loadFrameworks(unitsByCode);
        Map<String, Assessment> loaded = loadAssessments(unitsByCode, byKey);
        LOG.info(() -> "Demo frameworks and assessments loaded: " + byKey.size() + " frameworks, "
                + loaded.size() + " assessments");
    }

    private Map<String, IndexFramework> loadFrameworks(Map<String, AdministrativeUnit> unitsByCode) {
        Map<String, IndexFramework> byKey = new LinkedHashMap<>();
        for (String[] row : rows("frameworks.tsv")) {
            switch (row[0]) {
                case "FRAMEWORK" -> byKey.put(row[1], new IndexFramework(unitsByCode.get(row[2]),
                        Integer.parseInt(row[3]), UnitLevel.valueOf(row[4]), row[5]));
                case "PILLAR" -> byKey.get(row[1]).addPillar(row[3], new BigDecimal(row[4]));
                case "CRITERION" -> {
                    IndexFramework f = byKey.get(row[1]);
                    Pillar pillar = f.getPillars().get(Integer.parseInt(row[2].substring(0, row[2].indexOf('.'))) - 1);
                    f.addCriterion(pillar, row[2], row[3], new BigDecimal(row[4]), at(row, 5), at(row, 6));
                }
                default -> throw new IllegalStateException("unknown row kind " + row[0]);
            }
        }
        byKey.values().forEach(f -> frameworks.add(TenantScope.system(), f));
        return byKey;
    }

    private Map<String, Assessment> loadAssessments(Map<String, AdministrativeUnit> unitsByCode,
                                                    Map<String, IndexFramework> frameworksByKey) {
        Map<String, Assessment> byUnit = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> criteria = new HashMap<>();
        for (String[] row : rows("assessments.tsv")) {
            String unit = row[1] + "/" + (row[0].equals("ASSESSMENT") ? row[3] : row[2]);
            switch (row[0]) {
                case "ASSESSMENT" -> {
                    Assessment a = new Assessment(unitsByCode.get(row[1]), frameworksByKey.get(row[2]));
                    byUnit.put(unit, a);
                    criteria.put(unit, new LinkedHashMap<>());
                    a.recordPublishedTotal(new BigDecimal(row[4]));
                    a.recordPublishedRank(Integer.valueOf(row[5]), Integer.valueOf(row[6]));
                }
                case "PILLARS" -> {
                    Assessment a = byUnit.get(unit);
                    Map<String, BigDecimal> pillars = new LinkedHashMap<>();
                    List<Pillar> order = a.getFramework().getPillars();
                    for (int i = 3; i < row.length; i++) {
                        pillars.put(order.get(i - 3).getName(), new BigDecimal(row[i]));
                    }
                    a.record(ScoreSide.APPRAISAL, pillars, Map.of());
                }
                case "CRITERION" -> criteria.get(unit).put(row[3], new BigDecimal(row[4]));
                case "ADJUSTMENT" -> byUnit.get(unit).replaceAdjustments(
                        List.of(new Adjustment(new BigDecimal(row[3]), row[4])));
                default -> throw new IllegalStateException("unknown row kind " + row[0]);
            }
        }
        byUnit.forEach((unit, a) -> {
            Map<String, BigDecimal> pillars = new LinkedHashMap<>();
            a.getFramework().getPillars().forEach(p -> a.pillarScore(p.getName())
                    .ifPresent(s -> pillars.put(p.getName(), s.getAppraised())));
            a.record(ScoreSide.APPRAISAL, pillars, criteria.get(unit));
            int year = a.getYear();
            a.submit("demo", Instant.parse(year + "-11-15T02:00:00Z"));
            a.appraise("tinh.brvt", Instant.parse(year + "-12-20T02:00:00Z"));
            a.publish("tinh.brvt", Instant.parse(year + "-12-29T02:00:00Z"));
            assessments.add(TenantScope.system(), a);
        });
        return byUnit;
    }

    private static String at(String[] row, int index) {
        return index < row.length ? row[index] : null;
    }

    private static List<String[]> rows(String file) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                AssessmentDemoData.class.getResourceAsStream("/demo/" + file), StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
