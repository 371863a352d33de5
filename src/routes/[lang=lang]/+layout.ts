import type { LayoutLoad } from './$types';
import type { Lang } from '$lib/i18n/lang';

export const load: LayoutLoad = ({ params }) => ({ lang: params.lang as Lang });
