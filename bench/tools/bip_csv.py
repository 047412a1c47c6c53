#!/usr/bin/env python3
"""Writes N rows of a BIP/BIDAT-like export (Chilean number format, stage and status in capitals, amounts in miles
de $) with geometry in the Los Ríos region: points (85 %), roads as lines (10 %) and small parcels as polygons (5 %).
Deterministic for a seed. Usage: bip_csv.py N [SEED] > file.csv

The box is the land of Los Ríos (lon -73.6 to -71.6, lat -40.7 to -39.3) pulled inland so that few rows fall in the
sea; rows that do import with a warning (outside the loaded communes) or go to the nearest commune, as a real export
would. Communes are declared by the CUT of the nearest commune centre (not always right, like real data)."""
import random
import sys

CENTRES = {  # CUT: (lon, lat) of the commune's main town
    "14101": (-73.245, -39.814), "14102": (-73.430, -39.887), "14103": (-72.775, -39.431),
    "14104": (-72.596, -39.858), "14105": (-72.955, -39.657), "14106": (-72.954, -39.542),
    "14107": (-72.875, -40.022), "14108": (-72.330, -39.643), "14201": (-72.412, -40.293),
    "14202": (-72.484, -40.152), "14203": (-72.475, -40.320), "14204": (-73.087, -40.112),
}
PROGRAMMES = ["FNDR", "FRIL", "PMU", "PMB", "MOP", "MINVU", "Chile Emprende", "PIRDT"]
SECTORS = ["Transporte", "Salud", "Educación", "Vivienda", "Deportes", "Agua potable", "Energía", "Turismo"]
STAGES = ["IDEA", "PERFIL", "PREFACTIBILIDAD", "FACTIBILIDAD", "DISEÑO", "EJECUCION", "EJECUCIÓN"]
STATUSES = ["", "EN EJECUCION", "TERMINADO", "PARALIZADO", "Aprobado"]


def chilean(n):
    """Thousands separated by dots: 1.234.567"""
    return f"{n:,}".replace(",", ".")


def nearest(lon, lat):
    return min(CENTRES, key=lambda c: (CENTRES[c][0] - lon) ** 2 + (CENTRES[c][1] - lat) ** 2)


def main():
    n = int(sys.argv[1])
    rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
    out = sys.stdout
    out.write("EBI_CODIGO;EBI_NOMBRE;PROGRAMA;SECTOR;EBI_ETAPA;ESTADO;EBI_COSTO_TOTAL;CMN_CLAVE;ANIO_INICIO;"
              "ANIO_FIN;LON;LAT;WKT\n")
    for i in range(n):
        cut = rnd.choice(list(CENTRES))
        clon, clat = CENTRES[cut]
        lon = clon + rnd.gauss(0, 0.12)
        lat = clat + rnd.gauss(0, 0.08)
        start = rnd.randint(2003, 2026)
        end = min(2030, start + rnd.choice([0, 0, 1, 1, 2, 3, 5]))
        cost = rnd.randint(5_000, 3_000_000)  # miles de $
        kind = rnd.random()
        wkt, plon, plat = "", f"{lon:.6f}".replace(".", ","), f"{lat:.6f}".replace(".", ",")
        if kind < 0.10:
            pts = [(lon, lat)]
            for _ in range(rnd.randint(1, 6)):
                pts.append((pts[-1][0] + rnd.uniform(-0.02, 0.02), pts[-1][1] + rnd.uniform(-0.02, 0.02)))
            wkt = "LINESTRING (" + ", ".join(f"{x:.6f} {y:.6f}" for x, y in pts) + ")"
            plon = plat = ""
        elif kind < 0.15:
            d = rnd.uniform(0.001, 0.01)
            wkt = (f"POLYGON (({lon:.6f} {lat:.6f}, {lon + d:.6f} {lat:.6f}, {lon + d:.6f} {lat + d:.6f}, "
                   f"{lon:.6f} {lat + d:.6f}, {lon:.6f} {lat:.6f}))")
            plon = plat = ""
        name = f"{rnd.choice(SECTORS)} {i + 1} {cut}"
        out.write(";".join([f"{30_000_000 + i}-{i % 10}", name, rnd.choice(PROGRAMMES), rnd.choice(SECTORS),
                            rnd.choice(STAGES), rnd.choice(STATUSES), chilean(cost), nearest(lon, lat) if wkt
                            else cut, str(start), str(end), plon, plat, f'"{wkt}"' if wkt else ""]) + "\n")


if __name__ == "__main__":
    main()
