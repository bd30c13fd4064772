// How many nodes the graph holds (from the count store): the hostile-query test compares it
// before and after, to prove refused queries changed nothing.
MATCH (n) RETURN count(n) AS nodes
