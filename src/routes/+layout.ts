// Every page is prerendered to a plain HTML file: /en/timeline → en/timeline.html.
export const prerender = true;
export const trailingSlash = 'never';
