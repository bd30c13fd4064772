// Links of one type, keyset-paginated on id. The types are spelled out (not a dynamic type) so
// the planner scans only relationships of the asked type.
MATCH (a)-[r:LOCATED_IN|IN|WORKS_IN|ACTIVE_IN|PRODUCES|SUPPLIES|PARTNERS_WITH|MEMBER_OF|ACTIVE_AT|ISSUED_BY|APPLIES_TO|COVERS|ADDRESSES|RUNS|SUPPORTS|INVESTS_IN|TRAINS_IN|IN_SECTOR|BROADER]->(b)
WHERE type(r) = $type AND ($afterId IS NULL OR r.id > $afterId)
RETURN r, a.id AS from, b.id AS to
ORDER BY r.id
LIMIT $limit
