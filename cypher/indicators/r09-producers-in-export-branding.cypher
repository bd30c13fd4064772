// @id r09-producers-in-export-branding
// @recommendation R09
// @title Creative producers in export or branding programmes
// @description Share of creative producers taking part in an export-promotion or branding programme (trade
// fairs, labels, geographical indications, national brands).
// @unit ratio
// @target 0.3
// @direction higher-is-better
// @evidence the creative producers an export or branding initiative supports
// @note Scans a label on purpose: the figure is a share (or count) over every node of that kind in the country.
WITH CASE WHEN $country IS NULL THEN ['KH', 'LA', 'MM', 'TH', 'VN'] ELSE [$country] END AS scope
CALL (scope) {
  CALL (scope) {
    MATCH (s:CreativeProducer)-[:LOCATED_IN]->(:Province)-[:IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
    UNION
    MATCH (s:CreativeProducer)-[:LOCATED_IN]->(k:Country) WHERE k.id IN scope AND s.deletedAt IS NULL RETURN s
  }
  WITH s, EXISTS {
    MATCH (s)<-[:SUPPORTS]-(i:Initiative)
    WHERE i.deletedAt IS NULL AND i.kind IN ['export', 'branding']
  } AS promoted
  ORDER BY s.id
  RETURN count(CASE WHEN promoted THEN 1 END) AS numerator, count(s) AS denominator,
         collect(CASE WHEN promoted THEN s.id END) AS inProgramme
}
RETURN CASE WHEN denominator = 0 THEN null ELSE toFloat(numerator) / denominator END AS value,
       numerator, denominator, inProgramme[..$evidenceLimit] AS evidence
