#!/usr/bin/env bash
# Copies the screenshots the user guide (docs/guia-usuario.md) shows from the browser tests' output
# (target/screenshots/, written by ./mvnw verify) into docs/guia/. Run after the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
src=target/screenshots
dst=docs/guia
mkdir -p "$dst"
declare -A shots=(
  [mapa-coropleta.png]=mapa-coropleta.png
  [impresion-a4-horizontal.png]=impresion-a4-horizontal.png
  [paginas/ficha-comuna-1400.png]=ficha-comuna.png
  [datos-abiertos.png]=datos-abiertos.png
  [editor-dibujo.png]=editor-dibujo.png
  [agenda21.png]=agenda21.png
  [importar-vista-previa.png]=importar-vista-previa.png
  [administracion-permisos.png]=administracion-permisos.png
  [telefono-leyenda-plegada.png]=telefono-leyenda-plegada.png
  [editor-referencia.png]=editor-referencia.png
  [administracion-simbologia.png]=administracion-simbologia.png
  [mapa-simbologia.png]=mapa-simbologia.png
)
for from in "${!shots[@]}"; do
  if [[ ! -f "$src/$from" ]]; then
    echo "missing $src/$from: run the browser tests first (./mvnw verify)" >&2
    exit 1
  fi
  cp "$src/$from" "$dst/${shots[$from]}"
done
echo "copied ${#shots[@]} screenshots into $dst"
