#!/usr/bin/env bash
# Rebuilds web/outlines.geojson: the country borders drawn under the web map, from Natural
# Earth's 1:110m countries (public domain, naturalearthdata.com) as shipped in the PyPI wheel of
# geopandas 0.14.4, cut to the region with ogr2ogr (gdal-bin). Needs PyPI once; the result is
# committed so that nothing is fetched at run time.
set -euo pipefail
cd "$(dirname "$0")"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 -m pip download -q --no-deps -d "$WORK" geopandas==0.14.4
(cd "$WORK" && python3 -m zipfile -e geopandas-0.14.4-py3-none-any.whl .)
rm -f outlines.geojson
ogr2ogr -f GeoJSON -lco COORDINATE_PRECISION=3 \
  -where "iso_a3 IN ('SYR','IRQ','TUR','LBN','JOR','ISR','PSE','SAU','IRN','CYP','KWT','EGY')" \
  -select name,iso_a3 outlines.geojson "$WORK/geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp"
echo "written: web/outlines.geojson"
