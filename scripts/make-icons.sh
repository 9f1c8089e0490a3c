#!/bin/sh
# Draws the add-in's icons (assets/icon-16/32/64/80.png): an EU-blue tile with three rising
# yellow bars, a budget growing to its cap. Needs ImageMagick (apt-get install -y imagemagick).
# The PNGs are committed; run this again only to change the design.
set -eu
cd "$(dirname "$0")/.."
for size in 16 32 64 80; do
  # Coordinates on a 16-unit grid, scaled to the icon size so small icons stay crisp.
  s=$(awk "BEGIN { print $size / 16 }")
  at() { awk "BEGIN { printf \"%d\", $1 * $s }"; }
  convert -size "${size}x${size}" xc:none \
    -fill '#003399' -draw "roundrectangle 0,0 $(at 15.99),$(at 15.99) $(at 3),$(at 3)" \
    -fill '#FFCC00' \
    -draw "rectangle $(at 3),$(at 9) $(at 4.99),$(at 12.99)" \
    -draw "rectangle $(at 7),$(at 6) $(at 8.99),$(at 12.99)" \
    -draw "rectangle $(at 11),$(at 3) $(at 12.99),$(at 12.99)" \
    -strip -define png:exclude-chunks=date,time "assets/icon-$size.png"
done
ls -l assets/icon-*.png
