/**
 * `zod`, as every module imports it (vite.config.ts aliases the bare name here): the deployed
 * Content-Security-Policy has no 'unsafe-eval' (deploy/prevent-pathway/security-headers.conf), and
 * without `jitless` zod probes for `new Function` on its first parse, which the CSP reports. Set
 * here, where zod itself is loaded, rather than in main.tsx, so the first page does not carry zod.
 * No module of the app imports it now (only some tests do): every schema is written with `zod/mini`
 * (a third of the size), whose objects never compile a parser, so it needs no such setting, and zod
 * classic would add about 5 KB (gzip) to the referral's first question (size-budget.json).
 */
import { config } from 'zod/v4/core';

config({ jitless: true });

export * from 'zod/v4';
export { default } from 'zod/v4';
