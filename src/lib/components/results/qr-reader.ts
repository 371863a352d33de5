/*
 * Reads QR codes from the camera's video, frame by frame: the browser's own BarcodeDetector where it
 * has one that reads QR codes (Chrome on Android and macOS), jsQR elsewhere (Firefox, Safari, Chrome
 * on Windows and Linux). jsQR is loaded only here, when a scanner opens, never with a page.
 */

/** The texts of the QR codes in the video's current frame (often none). */
export type FrameReader = (video: HTMLVideoElement) => Promise<string[]>;

type Detected = { rawValue: string };
type Detector = { detect(source: CanvasImageSource): Promise<Detected[]> };
type DetectorClass = {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats(): Promise<string[]>;
};

/** The longest side a frame is read at by jsQR: enough for a 45-module code across a third of it. */
const MAX_SIDE = 800;

async function nativeReader(): Promise<FrameReader | null> {
  const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (!Native) return null;
  try {
    if (!(await Native.getSupportedFormats()).includes('qr_code')) return null;
    const detector = new Native({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video)).map((d) => d.rawValue);
  } catch {
    return null;
  }
}

async function jsqrReader(): Promise<FrameReader> {
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');
  return async (video) => {
    const w = video.videoWidth;
    const h = video.videoHeight;
    if (!w || !h) return [];
    const scale = Math.min(1, MAX_SIDE / Math.max(w, h));
    canvas.width = Math.round(w * scale);
    canvas.height = Math.round(h * scale);
    ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    // Dark on light only: a code on a phone's screen is drawn black on white in both themes.
    const code = jsQR(data, canvas.width, canvas.height, { inversionAttempts: 'dontInvert' });
    return code?.data ? [code.data] : [];
  };
}

/** The best reader this browser has; rejects only if jsQR cannot be loaded (offline, never cached). */
export async function qrReader(): Promise<FrameReader> {
  return (await nativeReader()) ?? jsqrReader();
}
