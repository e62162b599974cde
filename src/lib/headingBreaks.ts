/** The section headings to print before each provision: those of its path that differ from the previous provision's. */
export function headingBreaks(paths: string[][]): { depth: number; text: string }[][] {
  let previous: string[] = [];
  return paths.map((path) => {
    let same = 0;
    while (same < path.length && same < previous.length && path[same] === previous[same]) same++;
    previous = path;
    return path.slice(same).map((text, i) => ({ depth: same + i, text }));
  });
}
