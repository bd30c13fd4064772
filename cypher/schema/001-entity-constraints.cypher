// Every node the API exposes carries the Entity label and an id unique across the whole graph,
// so links, paths and networks can name any node by id alone (DESIGN §2 asks for per-label
// uniqueness; global uniqueness is stricter and gives every label the same lookup).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT province_id IF NOT EXISTS FOR (n:Province) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT stakeholder_id IF NOT EXISTS FOR (n:Stakeholder) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT destination_id IF NOT EXISTS FOR (n:Destination) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sector_id IF NOT EXISTS FOR (n:Sector) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT product_id IF NOT EXISTS FOR (n:Product) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT stage_id IF NOT EXISTS FOR (n:Stage) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT regulation_id IF NOT EXISTS FOR (n:Regulation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT recommendation_id IF NOT EXISTS FOR (n:Recommendation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;
// Partner ids: one ExternalRef per (source, externalId), the MERGE key of partner sync.
CREATE CONSTRAINT external_ref_key IF NOT EXISTS FOR (n:ExternalRef) REQUIRE (n.source, n.externalId) IS UNIQUE;
