// Links of one type, keyset-paginated on id. The types are spelled out (not a dynamic type) and the
// id range predicate is always present (from '' on the first page), so the planner seeks each type's
// id index by range whatever the statistics (a dynamic type, or no predicate, can scan everything).
MATCH (a)-[r:LOCATED_IN|IN|WORKS_IN|ACTIVE_IN|PRODUCES|SUPPLIES|PARTNERS_WITH|MEMBER_OF|ACTIVE_AT|ISSUED_BY|APPLIES_TO|COVERS|ADDRESSES|RUNS|SUPPORTS|INVESTS_IN|TRAINS_IN|IN_SECTOR|BROADER]->(b)
WHERE type(r) = $type AND r.id > coalesce($afterId, '')
RETURN r, a.id AS from, b.id AS to
ORDER BY r.id
LIMIT $limit
