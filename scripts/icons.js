#!/usr/bin/env node
// Renders the app's install icons from the mark in static/favicon.svg (a rust rounded square with a
// white house/gate glyph), so the icons always match the favicon and the header:
//   static/icons/icon-192.png, icon-512.png   purpose "any": the rounded square, transparent corners
//   static/icons/maskable-512.png             purpose "maskable": full bleed, glyph inside the safe zone
//   static/icons/apple-touch-icon.png (180)   opaque full bleed; iOS rounds the corners itself
// Usage: node scripts/icons.js  (writes the PNGs; they are committed, the build does not run this)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const favicon = readFileSync(new URL('../static/favicon.svg', import.meta.url), 'utf8');
const glyph = /<path d="([^"]+)"/.exec(favicon)?.[1];
const rust = /<rect [^>]*fill="(#[0-9a-f]{6})"/i.exec(favicon)?.[1];
const ink = /<path [^>]*stroke="(#[0-9a-f]{3,6})"/i.exec(favicon)?.[1];
const strokeWidth = /<path [^>]*stroke-width="([\d.]+)"/.exec(favicon)?.[1];
if (!glyph || !rust || !ink || !strokeWidth)
  throw new Error('static/favicon.svg no longer has the expected mark');

// The glyph's ink spans y 6.6–23 in the 32-unit box (the roof's mitred peak rises above y 8), so it
// sits 1.2 units high; the icons centre it. `scale` shrinks it about the centre (maskable safe zone).
function svg({ rounded, scale }) {
  const move = `translate(16 16) scale(${scale}) translate(-16 -14.8)`;
  const bg = rounded
    ? `<rect width="32" height="32" rx="7" fill="${rust}"/>`
    : `<rect width="32" height="32" fill="${rust}"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${bg}` +
    `<path transform="${move}" d="${glyph}" fill="none" stroke="${ink}" stroke-width="${strokeWidth}"/></svg>`
  );
}

// The maskable safe zone is a centred circle of radius 40 % (12.8 units); at scale 0.8 the glyph's
// farthest corner is ~9.6 units from the centre, well inside it.
const icons = [
  { file: 'icon-192.png', size: 192, rounded: true, scale: 1 },
  { file: 'icon-512.png', size: 512, rounded: true, scale: 1 },
  { file: 'maskable-512.png', size: 512, rounded: false, scale: 0.8 },
  { file: 'apple-touch-icon.png', size: 180, rounded: false, scale: 0.9 },
];

const out = new URL('../static/icons/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const { file, size, ...shape } of icons) {
  const png = new Resvg(svg(shape), { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(new URL(file, out), png);
  console.log(`static/icons/${file} ${size}×${size} ${png.length} B`);
}
