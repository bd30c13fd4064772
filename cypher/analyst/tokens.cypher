// The labels, relationship types and property keys the database knows: a refused query must not
// have created any (db.createLabel and friends create tokens without creating data).
CALL db.labels() YIELD label
WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType
WITH labels, collect(relationshipType) AS types
CALL db.propertyKeys() YIELD propertyKey
RETURN labels, types, collect(propertyKey) AS keys
