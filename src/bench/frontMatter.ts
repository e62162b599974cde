// The metadata block a synthetic seed opens with: only the jurisdiction's English name, province
// and level, which no text can tell (the pipeline infers everything else from the text itself).
import type { InventedPlace } from './inventedPlaces.ts';

/** YAML scalars here are plain Han/ASCII words; quoting keeps them strings whatever they hold. */
const q = (s: string): string => JSON.stringify(s);

export function frontMatter(place: InventedPlace): string[] {
  return [
    '---',
    'jurisdiction:',
    `  name: ${q(place.name)}`,
    `  nameEn: ${q(place.nameEn)}`,
    `  province: ${q(place.province)}`,
    `  provinceEn: ${q(place.provinceEn)}`,
    `  level: ${place.level}`,
    '---',
  ];
}
