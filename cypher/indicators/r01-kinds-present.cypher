// @id r01-kinds-present
// @recommendation R01
// @title Stakeholder kinds present
// @description Share of the nine kinds of actor of a complete CCI ecosystem (government, CCI organisations,
// creative producers, tourism operators, education, investors, NGOs, international partners, communities)
// that are mapped in the country; for the region, counted country by country.
// @unit ratio
// @target 1
// @direction higher-is-better
// @evidence one stakeholder of each kind present (the first by id, per country)
// @weight 1
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope,
     ['Government', 'CCIOrganisation', 'CreativeProducer', 'TourismOperator', 'EducationProvider', 'Investor', 'NGO', 'InternationalPartner', 'Community'] AS kinds
UNWIND scope AS code
MATCH (c:Country {id: code})
// The country's stakeholders: LOCATED_IN one of its provinces, or the country itself.
CALL (c) {
  CALL (c) {
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(c) WHERE s.deletedAt IS NULL RETURN s
    UNION
    MATCH (s:Stakeholder)-[:LOCATED_IN]->(c) WHERE s.deletedAt IS NULL RETURN s
  }
  WITH s ORDER BY s.id
  RETURN collect(s) AS members
}
WITH members, [k IN kinds | [s IN members WHERE k IN labels(s) | s.id][0]] AS firstOfKind
// A country with no stakeholder at all has nothing to judge (no-data), not zero kinds.
WITH sum(size([x IN firstOfKind WHERE x IS NOT NULL])) AS numerator,
     sum(CASE WHEN size(members) > 0 THEN size(firstOfKind) ELSE 0 END) AS denominator,
     reduce(acc = [], e IN collect([x IN firstOfKind WHERE x IS NOT NULL]) | acc + e) AS present
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator, present[..$evidenceLimit] AS evidence
