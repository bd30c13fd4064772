// @name policy-intent-by-recommendation
// @title Declared policy intent per recommendation
// @description For each of the brief's 12 recommendations: the regulations (applying to the country,
// or regional frameworks) and the initiatives (run by or supporting stakeholders of the country) that
// address it. Where nothing addresses a recommendation, intent is missing.
// @param country {"type": ["string", "null"], "pattern": "^[A-Z]{2}$", "default": null}
// @example {"country": "MM"}
// @note Scans Recommendation (12 nodes) on purpose.
MATCH (rec:Recommendation)
CALL (rec) {
  OPTIONAL MATCH (r:Regulation)-[:ADDRESSES]->(rec)
  WHERE r.deletedAt IS NULL AND ($country IS NULL OR EXISTS { (r)-[:APPLIES_TO]->(:Country {id: $country}) })
  RETURN collect(DISTINCT r.id) AS regulations
}
CALL (rec) {
  OPTIONAL MATCH (i:Initiative)-[:ADDRESSES]->(rec)
  WHERE i.deletedAt IS NULL
    AND ($country IS NULL
         OR EXISTS { (i)<-[:RUNS]-(:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(:Country {id: $country}) }
         OR EXISTS { (i)-[:SUPPORTS]->(:Stakeholder)-[:LOCATED_IN]->(:Province)-[:IN]->(:Country {id: $country}) })
  RETURN collect(DISTINCT i.id) AS initiatives
}
RETURN rec.id AS recommendation, rec.title AS title, size(regulations) AS regulationCount, size(initiatives) AS initiativeCount, regulations, initiatives
ORDER BY rec.order
