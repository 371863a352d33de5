/*
 * The scanner's camera: opened with the rear camera preferred (a phone held over a student's screen),
 * any camera otherwise (a laptop's), and stopped track by track, which turns the camera's light off.
 */

/** Why the camera could not be used, each told to the teacher with the paste route. */
export type CameraProblem = 'denied' | 'none' | 'busy' | 'unsupported' | 'failed';

/** The problem behind a getUserMedia rejection (names from the Media Capture spec and older engines). */
export function cameraProblem(e: unknown): CameraProblem {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'none';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    case 'TypeError':
      return 'unsupported';
    default:
      return 'failed';
  }
}

/** What getUserMedia is asked for: video only, the rear camera if there is one, about 720p. */
export const CAMERA_CONSTRAINTS: MediaStreamConstraints = {
  audio: false,
  video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
};

export type Opened = { ok: true; stream: MediaStream } | { ok: false; problem: CameraProblem };

/** Opens the camera; never rejects. */
export async function openCamera(): Promise<Opened> {
  // Only in a secure context (https, localhost), and not in every browser's web views.
  if (!navigator.mediaDevices?.getUserMedia) return { ok: false, problem: 'unsupported' };
  try {
    return { ok: true, stream: await navigator.mediaDevices.getUserMedia(CAMERA_CONSTRAINTS) };
  } catch (e) {
    const problem = cameraProblem(e);
    if (problem !== 'none') return { ok: false, problem };
  }
  // Some engines refuse the size or the facing mode instead of treating them as wishes.
  try {
    return { ok: true, stream: await navigator.mediaDevices.getUserMedia({ audio: false, video: true }) };
  } catch (e) {
    return { ok: false, problem: cameraProblem(e) };
  }
}

/** Stops every track of a stream: the camera is released and its light goes off. */
export function stopStream(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
