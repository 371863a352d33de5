/** Below this chart width the timeline runs down the page; at and above it, across. */
export const VERTICAL_BELOW = 640;

/**
 * The height the page reserves for the chart before it draws, in rem (the CSS uses the same numbers),
 * so nothing below it moves when it appears. The layout fills it, and grows past it only if it must.
 */
export const RESERVED_REM = { vertical: 33, horizontal: 32 } as const;

/** The reserved height in px for a chart width and root font size. */
export function reservedHeight(width: number, rootPx: number): number {
  return (width < VERTICAL_BELOW ? RESERVED_REM.vertical : RESERVED_REM.horizontal) * rootPx;
}
