// Hard delete of a reference node (country, province, sector) that nothing points at any more;
// its own outgoing links (IN, BROADER) go with it.
MATCH (n:Entity {id: $id})
WHERE NOT EXISTS { (n)<--() }
DETACH DELETE n
RETURN count(*) AS deleted
