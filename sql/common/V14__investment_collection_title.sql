-- The investment collection holds real imported projects as well as the illustrative seed: its title and
-- description no longer call its data illustrative. Each feature says whether it is (property ilustrativo), and
-- the collection's ilustrativo flag is computed from the rows (true while any illustrative project is present),
-- so the registry's static flag is off. The index keeps that check to one index probe.
UPDATE layer
SET title = 'Proyectos de inversión',
    description = 'Proyectos de inversión pública: programas FNDR, PIRDT, FRIL, PMU, Chile Emprende y sectoriales. '
        || 'Cada proyecto indica si es ilustrativo (generado por SIT, no real) o importado de un registro real '
        || '(propiedad ilustrativo).',
    source = 'Registro de proyectos de SIT: importaciones (BIP/BIDAT y otros) y, mientras no se retiren, '
        || 'proyectos ilustrativos del generador de SIT',
    illustrative = false
WHERE id = 'proyectos-inversion';

CREATE INDEX investment_project_ilustrativo_idx ON investment_project (ilustrativo);
