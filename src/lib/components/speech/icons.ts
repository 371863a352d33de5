/** The read-aloud controls' icons (24 × 24 outline paths for `Icon`). */
export const SPEAKER = 'M11 5 6 9H3v6h3l5 4zM15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13';
export const STOP = 'M7 7h10v10H7z';
export const PAUSE = 'M9 6v12M15 6v12';
export const PLAY = 'M8 5v14l11-7z';
