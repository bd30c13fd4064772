// @name isolated-stakeholders
// @title Isolated stakeholders
// @description Stakeholders with no link to another stakeholder, a destination or an initiative
// (only where they are and what they do): candidates for networks and associations.
// @param country {"type": ["string", "null"], "pattern": "^[A-Z]{2}$", "default": null}
// @param limit {"type": "integer", "minimum": 1, "maximum": 5000, "default": 500}
// @example {"country": "MM"}
// @note Scans Stakeholder on purpose: isolation is a property of every stakeholder.
MATCH (s:Stakeholder)
WHERE s.deletedAt IS NULL
  AND ($country IS NULL
       OR EXISTS { (s)-[:LOCATED_IN]->(:Province)-[:IN]->(:Country {id: $country}) }
       OR EXISTS { (s)-[:LOCATED_IN]->(:Country {id: $country}) })
  AND NOT EXISTS { (s)-[:SUPPLIES|PARTNERS_WITH|MEMBER_OF|INVESTS_IN|ACTIVE_AT|RUNS]-() }
  AND NOT EXISTS { (s)<-[:SUPPORTS|ISSUED_BY]-() }
RETURN s.id AS id, s.name AS name, [l IN labels(s) WHERE NOT l IN ['Entity', 'Stakeholder']][0] AS kind
ORDER BY name
LIMIT $limit
