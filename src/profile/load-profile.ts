import { nationalDefaultProfile } from '../../forms/national-default.profile';
import type { OrganisationProfile, ProfileError, ProfileResult } from '../../forms/organisation-profile.schema';

/**
 * Which organisation profile is in force, decided once at start-up (issue 6):
 * 1. the deployment default, public/organisation-profile.json, which an organisation deploying the
 *    app replaces with its own; no file means the national default. An invalid file stops the app
 *    with a page naming each problem, so a deployer never ships a half-read profile;
 * 2. then the choice made on this device's settings page, if any (localStorage, read as untrusted).
 * The schema (and zod) is loaded on demand, and not at all for the shipped national default, so the
 * first page stays light.
 */

export const PROFILE_CHOICE_KEY = 'prevent-pathway:profile';
export const DEPLOYMENT_PROFILE_PATH = '/organisation-profile.json';
/** The profiles shipped in public/profiles/, by file name. */
export const shippedProfileIds = ['national-default', 'bsw-icb', 'mse-icb'] as const;
export type ShippedProfileId = (typeof shippedProfileIds)[number];
export const shippedProfilePath = (id: ShippedProfileId) => `/profiles/${id}.json`;

/** What this device chose on the settings page. */
export type ProfileChoice = { source: 'shipped'; id: ShippedProfileId } | { source: 'custom'; profile: unknown };

/** Where the profile in force came from. */
export type ProfileOrigin =
  | { kind: 'deployment' }
  /** No deployment file: the app's own national default. */
  | { kind: 'built-in' }
  | { kind: 'shipped'; id: ShippedProfileId }
  | { kind: 'custom' };

/** Why this device's choice was not used (it was unreadable, or its file would not load). */
export type ChoiceProblem = { kind: 'unreadable' } | { kind: 'invalid'; errors: ProfileError[] } | { kind: 'unavailable' };

export interface LoadedProfile {
  profile: OrganisationProfile;
  origin: ProfileOrigin;
  /** The deployment default (or the built-in national default): what "reset" goes back to. */
  deployment: { profile: OrganisationProfile; origin: Extract<ProfileOrigin, { kind: 'deployment' | 'built-in' }> };
  choiceProblem?: ChoiceProblem;
}

export type StartupResult = { status: 'ready'; loaded: LoadedProfile } | { status: 'invalid-deployment'; path: string; errors: ProfileError[] };

type ParseJson = (source: string) => ProfileResult;
type Parse = (json: unknown) => ProfileResult;

export interface LoadDeps {
  fetch?: typeof fetch;
  storage?: Storage | undefined;
  schema?: () => Promise<{ parseProfileJson: ParseJson; parseProfile: Parse }>;
}

const loadSchema = () => import('../../forms/organisation-profile.schema');

/**
 * A JSON file from the app's own origin, or null when there is none. The server's SPA fallback
 * answers a missing file with index.html (200, text/html), so HTML counts as "no file".
 */
export async function fetchProfileFile(path: string, fetchImpl: typeof fetch = fetch): Promise<string | null> {
  let response: Response;
  try {
    response = await fetchImpl(path, { cache: 'no-cache', credentials: 'same-origin' });
  } catch {
    return null;
  }
  if (!response.ok) return null;
  if (/text\/html/i.test(response.headers.get('content-type') ?? '')) return null;
  const text = await response.text();
  return /^\s*<(?:!doctype|html)/i.test(text) ? null : text;
}

const isShippedId = (id: unknown): id is ShippedProfileId => typeof id === 'string' && (shippedProfileIds as readonly string[]).includes(id);

/** This device's choice, or null for none; 'unreadable' for anything that is not a choice. */
export function readChoice(storage: Storage | undefined = globalThis.localStorage): ProfileChoice | null | 'unreadable' {
  let raw: string | null;
  try {
    raw = storage?.getItem(PROFILE_CHOICE_KEY) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return 'unreadable';
    const choice = value as Record<string, unknown>;
    if (choice.source === 'shipped' && isShippedId(choice.id)) return { source: 'shipped', id: choice.id };
    if (choice.source === 'custom' && 'profile' in choice) return { source: 'custom', profile: choice.profile };
    return 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** Saves (or, with null, forgets) this device's choice; false when the browser would not store it. */
export function writeChoice(choice: ProfileChoice | null, storage: Storage | undefined = globalThis.localStorage): boolean {
  try {
    if (!storage) return false;
    if (choice === null) storage.removeItem(PROFILE_CHOICE_KEY);
    else storage.setItem(PROFILE_CHOICE_KEY, JSON.stringify(choice));
    return true;
  } catch {
    return false;
  }
}

let startup: Promise<StartupResult> | null = null;

/**
 * The start-up check, begun once per page load and shared: main.tsx starts it beside the first
 * render (never before it), and each lazy route awaits it in parallel with its own code, so a page
 * that depends on the profile never draws with the wrong one and the first paint never waits.
 */
export function startupProfile(): Promise<StartupResult> {
  startup ??= loadStartupProfile();
  return startup;
}

/** What pages see before the check is done: the national default, marked as pending. */
export const pendingProfile: LoadedProfile = {
  profile: nationalDefaultProfile,
  origin: { kind: 'built-in' },
  deployment: { profile: nationalDefaultProfile, origin: { kind: 'built-in' } },
};

/**
 * The deployment default and this device's choice, read and checked. Never rejects: if the checker
 * itself cannot load (a lost connection mid-update), the app starts with the national numbers only.
 */
export async function loadStartupProfile(deps: LoadDeps = {}): Promise<StartupResult> {
  try {
    return await load(deps);
  } catch {
    const deployment = { profile: nationalDefaultProfile, origin: { kind: 'built-in' } } as const;
    return { status: 'ready', loaded: { ...deployment, deployment, choiceProblem: { kind: 'unavailable' } } };
  }
}

/**
 * The text of the national default as shipped in public/ (load-profile.test.ts checks the files
 * are exactly this): a deployment that leaves it in place needs no checking, because this same
 * profile is the built-in one, so the first page never loads the schema for it.
 */
const builtInText = JSON.stringify(nationalDefaultProfile, null, 2);
export const isBuiltInProfileText = (text: string): boolean => text.trim() === builtInText;

async function load(deps: LoadDeps): Promise<StartupResult> {
  const fetchImpl = deps.fetch ?? globalThis.fetch.bind(globalThis);
  const storage = deps.storage ?? globalThis.localStorage;
  const choice = readChoice(storage);
  // The schema (and zod) only when something needs checking, fetched beside the files when that is known at once.
  let schemaLoad: ReturnType<NonNullable<LoadDeps['schema']>> | null = null;
  const checker = () => (schemaLoad ??= (deps.schema ?? loadSchema)());
  if (choice !== null && choice !== 'unreadable' && !(choice.source === 'shipped' && choice.id === 'national-default')) void checker().catch(() => undefined);
  const [deploymentText, shippedText] = await Promise.all([
    fetchProfileFile(DEPLOYMENT_PROFILE_PATH, fetchImpl),
    choice && choice !== 'unreadable' && choice.source === 'shipped' ? fetchProfileFile(shippedProfilePath(choice.id), fetchImpl) : Promise.resolve(null),
  ]);
  const parseJson = async (text: string): Promise<ProfileResult> =>
    isBuiltInProfileText(text) ? { ok: true, profile: nationalDefaultProfile } : (await checker()).parseProfileJson(text);

  let deployment: LoadedProfile['deployment'] = { profile: nationalDefaultProfile, origin: { kind: 'built-in' } };
  if (deploymentText !== null) {
    const result = await parseJson(deploymentText);
    if (!result.ok) return { status: 'invalid-deployment', path: DEPLOYMENT_PROFILE_PATH, errors: result.errors };
    deployment = { profile: result.profile, origin: { kind: 'deployment' } };
  }
  const fallback = (choiceProblem: ChoiceProblem): StartupResult => ({
    status: 'ready',
    loaded: { profile: deployment.profile, origin: deployment.origin, deployment, choiceProblem },
  });

  if (choice === null) return { status: 'ready', loaded: { profile: deployment.profile, origin: deployment.origin, deployment } };
  if (choice === 'unreadable') return fallback({ kind: 'unreadable' });
  const result = choice.source === 'shipped' ? (shippedText === null ? null : await parseJson(shippedText)) : (await checker()).parseProfile(choice.profile);
  if (result === null) return fallback({ kind: 'unavailable' });
  if (!result.ok) return fallback({ kind: 'invalid', errors: result.errors });
  const origin: ProfileOrigin = choice.source === 'shipped' ? { kind: 'shipped', id: choice.id } : { kind: 'custom' };
  return { status: 'ready', loaded: { profile: result.profile, origin, deployment } };
}
