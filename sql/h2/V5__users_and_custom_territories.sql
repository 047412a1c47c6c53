-- Users of SIT. Passwords are stored hashed ({bcrypt}...), never in clear; there is no default user: the first
-- admin is created at start from SIT_ADMIN_PASSWORD or with a random password printed once.
CREATE TABLE app_user (
    username      varchar(60)  PRIMARY KEY,
    password_hash varchar(200) NOT NULL,
    enabled       boolean      NOT NULL,
    created_at    timestamp with time zone NOT NULL
);

-- Roles: admin (users, layers), inversion (investment and custom territories), editor (Agenda 21 layers).
CREATE TABLE app_user_role (
    username varchar(60) NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    role     varchar(20) NOT NULL CHECK (role IN ('admin', 'inversion', 'editor')),
    PRIMARY KEY (username, role)
);

-- Custom territories (associations of communes, planning zones), usable in every indicator like a commune.
-- A territory is a set of communes with weights: 1 for a commune taken whole; for a drawn polygon, the share of
-- each commune's area inside it. Aggregates come from the stored commune shares of the projects (DESIGN).
CREATE TABLE custom_territory (
    codigo      varchar(40)  PRIMARY KEY,
    nombre      varchar(200) NOT NULL,
    descripcion varchar(2000),
    tipo        varchar(16)  NOT NULL CHECK (tipo IN ('comunas', 'poligono')),
    area_km2    double precision NOT NULL,
    creado_por  varchar(60)  NOT NULL,
    creado_en   timestamp with time zone NOT NULL
);

CREATE TABLE custom_territory_commune (
    codigo varchar(40) NOT NULL REFERENCES custom_territory (codigo) ON DELETE CASCADE,
    cut    varchar(8)  NOT NULL REFERENCES territory (cut),
    peso   double precision NOT NULL CHECK (peso > 0 AND peso <= 1),
    PRIMARY KEY (codigo, cut)
);

-- The drawn polygon of a custom territory, when it was drawn (null for a set of communes).
ALTER TABLE custom_territory ADD COLUMN geom GEOMETRY(MULTIPOLYGON, 4326);
