/**
 * `zod`, as every module imports it (vite.config.ts aliases the bare name here): the deployed
 * Content-Security-Policy has no 'unsafe-eval' (deploy/prevent-pathway/security-headers.conf), and
 * without `jitless` zod probes for `new Function` on its first parse, which the CSP reports. Set
 * here, where zod itself is loaded, rather than in main.tsx, so the first page does not carry zod.
 * The schemas the referral's pages load import `zod/mini` instead (a third of the size): its objects
 * never compile a parser, so it needs no such setting.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });

export * from 'zod/v4';
export { default } from 'zod/v4';
