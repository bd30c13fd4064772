// @name tourism-operators-without-producers
// @title Tourism operators with no creative producer in their chain
// @description Tourism operators not linked (SUPPLIES or PARTNERS_WITH, either way) to any creative
// producer: where cultural tourism could be connected with the creative economy — R12.
// @param country {"type": ["string", "null"], "pattern": "^[A-Z]{2}$", "default": null}
// @param limit {"type": "integer", "minimum": 1, "maximum": 5000, "default": 500}
// @example {"country": "KH"}
// @note Scans TourismOperator on purpose.
MATCH (t:TourismOperator)
WHERE t.deletedAt IS NULL
  AND ($country IS NULL
       OR EXISTS { (t)-[:LOCATED_IN]->(:Province)-[:IN]->(:Country {id: $country}) }
       OR EXISTS { (t)-[:LOCATED_IN]->(:Country {id: $country}) })
  AND NOT EXISTS { (t)-[:SUPPLIES|PARTNERS_WITH]-(p:CreativeProducer) WHERE p.deletedAt IS NULL }
RETURN t.id AS id, t.name AS name,
       COLLECT { MATCH (t)-[:ACTIVE_AT]->(d:Destination) RETURN d.name } AS activeAt
ORDER BY name
LIMIT $limit
