// How many relationships the graph holds (from the count store).
MATCH ()-[r]->() RETURN count(r) AS relationships
