-- The data generation of each layer: raised, in the writer's transaction, by every change to a layer's features
-- or to who may see them (edits, imports, review status, seeds). HTTP validators (ETags) are derived from it,
-- so any instance answers a conditional GET with one primary-key lookup. changed_at makes the pair unique to
-- this database, so a recreated database never repeats an old ETag.
CREATE TABLE layer_generation (
    layer_id   varchar(64)              PRIMARY KEY,
    generation bigint                   NOT NULL,
    changed_at timestamp with time zone NOT NULL
);

INSERT INTO layer_generation (layer_id, generation, changed_at)
SELECT id, 1, CURRENT_TIMESTAMP FROM layer;
