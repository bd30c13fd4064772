// @name nearby
// @title Stakeholders near a destination
// @description Stakeholders of the given kinds within N hops (1–4) of a destination over the chosen
// relationship types, optionally also within R km. Each comes with its hop distance, the shortest path
// it was reached by, and its distance in km when both have coordinates. LOCATED_IN is left out of the
// default types because it makes everything in a province close.
// @param id {"type": "string", "minLength": 1, "maxLength": 128, "description": "destination id"}
// @param kinds {"type": "array", "items": {"enum": ["Government", "CCIOrganisation", "CreativeProducer", "TourismOperator", "EducationProvider", "Investor", "NGO", "InternationalPartner", "Community"]}, "minItems": 1, "uniqueItems": true, "default": ["CreativeProducer"], "description": "stakeholder kinds to find"}
// @param hops {"type": "integer", "minimum": 1, "maximum": 4, "default": 2, "description": "at most this many links away"}
// @param via {"type": "array", "items": {"enum": ["ACTIVE_AT", "SUPPLIES", "PARTNERS_WITH", "MEMBER_OF", "INVESTS_IN", "SUPPORTS", "RUNS", "LOCATED_IN", "PRODUCES", "WORKS_IN"]}, "minItems": 1, "uniqueItems": true, "default": ["ACTIVE_AT", "SUPPLIES", "PARTNERS_WITH", "MEMBER_OF", "INVESTS_IN"], "description": "relationship types a path may use (either direction)"}
// @param withinKm {"type": ["number", "null"], "exclusiveMinimum": 0, "maximum": 2000, "default": null, "description": "also no farther than this, as the crow flies"}
// @param limit {"type": "integer", "minimum": 1, "maximum": 1000, "default": 200}
// @example {"id": "whc-668", "kinds": ["CreativeProducer"], "hops": 2}
// @note The search stops at $hops: one branch per hop count, only the one asked for runs.
MATCH (d:Destination {id: $id})
WHERE d.deletedAt IS NULL
// One branch per hop count, because a quantifier bound cannot be a parameter: a search bounded at 4
// and filtered on length afterwards walks 4 hops whatever $hops is. Only the branch whose guard
// holds expands.
CALL (d) {
  WITH d WHERE $hops = 1
  MATCH p = ANY SHORTEST (d) ((a)-[r]-(b) WHERE type(r) IN $via AND b.deletedAt IS NULL){1,1} (s:Stakeholder)
  WHERE any(k IN $kinds WHERE k IN labels(s))
    AND ($withinKm IS NULL OR point.distance(d.location, s.location) <= $withinKm * 1000)
  RETURN p, s
  UNION ALL
  WITH d WHERE $hops = 2
  MATCH p = ANY SHORTEST (d) ((a)-[r]-(b) WHERE type(r) IN $via AND b.deletedAt IS NULL){1,2} (s:Stakeholder)
  WHERE any(k IN $kinds WHERE k IN labels(s))
    AND ($withinKm IS NULL OR point.distance(d.location, s.location) <= $withinKm * 1000)
  RETURN p, s
  UNION ALL
  WITH d WHERE $hops = 3
  MATCH p = ANY SHORTEST (d) ((a)-[r]-(b) WHERE type(r) IN $via AND b.deletedAt IS NULL){1,3} (s:Stakeholder)
  WHERE any(k IN $kinds WHERE k IN labels(s))
    AND ($withinKm IS NULL OR point.distance(d.location, s.location) <= $withinKm * 1000)
  RETURN p, s
  UNION ALL
  WITH d WHERE $hops = 4
  MATCH p = ANY SHORTEST (d) ((a)-[r]-(b) WHERE type(r) IN $via AND b.deletedAt IS NULL){1,4} (s:Stakeholder)
  WHERE any(k IN $kinds WHERE k IN labels(s))
    AND ($withinKm IS NULL OR point.distance(d.location, s.location) <= $withinKm * 1000)
  RETURN p, s
}
RETURN s AS stakeholder,
       length(p) AS hops,
       CASE WHEN d.location IS NULL OR s.location IS NULL THEN null
            ELSE round(point.distance(d.location, s.location) / 1000.0, 2) END AS distanceKm,
       p AS path
ORDER BY hops, distanceKm, s.name, s.id
LIMIT $limit
