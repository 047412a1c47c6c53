-- The SNI keeps apart the stage of a project in its cycle (idea ... ejecución) and its status (en ejecución,
-- terminado, ...). "terminado" was stored as a stage: it becomes the status of a project whose stage is ejecución.
ALTER TABLE investment_project ADD COLUMN estado varchar(40);
UPDATE investment_project SET estado = 'terminado', etapa = 'ejecución' WHERE etapa = 'terminado';
UPDATE investment_project SET estado = 'en ejecución' WHERE etapa = 'ejecución' AND estado IS NULL
    AND ilustrativo = true;
UPDATE layer
SET attributes = REPLACE(attributes, '{"name":"etapa","type":"string","title":"Etapa"}',
                         '{"name":"etapa","type":"string","title":"Etapa"},{"name":"estado","type":"string","title":"Estado"}')
WHERE id = 'proyectos-inversion';
