/**
 * Everything the chart computes, as one module the page fetches on its own (a separate chunk), so the
 * page's first load stays within its budget while the list of events is already on screen.
 */
export { axisText } from './axisText';
export { frameAt } from './frame';
export { layoutTimeline } from './layout';
export { centreOn, clampTransform, zoomAround } from './zoom';
export { framePaths } from './paths';
