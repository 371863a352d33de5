import type { ParamMatcher } from '@sveltejs/kit';

/** Only the two languages the app is written in. */
export const match: ParamMatcher = (param): param is 'ar' | 'en' => param === 'ar' || param === 'en';
