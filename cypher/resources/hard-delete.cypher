// Hard delete of a reference node (country, province, sector) that nothing links to any more.
MATCH (n:Entity {id: $id})
WHERE NOT EXISTS { (n)--() }
DELETE n
RETURN count(*) AS deleted
