// How many exposed nodes the graph holds (0 = empty: the start loads the reference data).
MATCH (n:Entity) RETURN count(n) AS count
