import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import bswIcb from '../../public/profiles/bsw-icb.json';
import mseIcb from '../../public/profiles/mse-icb.json';
import { nationalDefaultProfile } from '../../forms/national-default.profile';
import { parseProfileJson } from '../../forms/organisation-profile.schema';
import { isBuiltInProfileText, loadStartupProfile, PROFILE_CHOICE_KEY, readChoice, writeChoice } from './load-profile';

/** A same-origin server holding these files; anything else is the SPA fallback (index.html) or a 404. */
function server(files: Record<string, unknown>, missing: 'spa-fallback' | '404' = 'spa-fallback'): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const path = String(input);
    if (path in files) {
      const body = files[path];
      return new Response(typeof body === 'string' ? body : JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }
    return missing === '404'
      ? new Response('Not found', { status: 404 })
      : new Response('<!doctype html><html><body><div id="root"></div></body></html>', { headers: { 'content-type': 'text/html' } });
  }) as typeof fetch;
}

function storageWith(choice?: unknown): Storage {
  const storage = window.localStorage;
  storage.clear();
  if (choice !== undefined) storage.setItem(PROFILE_CHOICE_KEY, typeof choice === 'string' ? choice : JSON.stringify(choice));
  return storage;
}

describe('the profile at start-up', () => {
  it('with no deployment file (the SPA fallback answers with index.html, or a 404) is the national default', async () => {
    for (const missing of ['spa-fallback', '404'] as const) {
      const result = await loadStartupProfile({ fetch: server({}, missing), storage: storageWith() });
      expect(result).toEqual({ status: 'ready', loaded: expect.objectContaining({ profile: nationalDefaultProfile, origin: { kind: 'built-in' } }) });
    }
  });

  it('is the deployer’s organisation-profile.json when it is valid', async () => {
    const result = await loadStartupProfile({ fetch: server({ '/organisation-profile.json': bswIcb }), storage: storageWith() });
    expect(result.status === 'ready' && result.loaded.profile.id).toBe('bsw-icb');
    expect(result.status === 'ready' && result.loaded.origin).toEqual({ kind: 'deployment' });
  });

  it('stops on an invalid deployment file, naming every problem by field, even when this device chose another profile', async () => {
    const broken = { ...bswIcb, pathwayModel: 'bsw', contacts: { hr: { phone: '101' } } };
    const result = await loadStartupProfile({
      fetch: server({ '/organisation-profile.json': broken, '/profiles/mse-icb.json': mseIcb }),
      storage: storageWith({ source: 'shipped', id: 'mse-icb' }),
    });
    expect(result.status).toBe('invalid-deployment');
    if (result.status !== 'invalid-deployment') return;
    expect(result.path).toBe('/organisation-profile.json');
    expect(result.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['pathwayModel', 'contacts.hr.phone']));
    const notJson = await loadStartupProfile({ fetch: server({ '/organisation-profile.json': '{ "id": ' }), storage: storageWith() });
    expect(notJson.status === 'invalid-deployment' && notJson.errors[0]!.message).toMatch(/not valid JSON/);
  });

  it('uses a shipped profile this device chose, fetched from public/profiles/', async () => {
    const result = await loadStartupProfile({
      fetch: server({ '/profiles/mse-icb.json': mseIcb }),
      storage: storageWith({ source: 'shipped', id: 'mse-icb' }),
    });
    expect(result.status === 'ready' && result.loaded).toMatchObject({
      profile: { id: 'mse-icb' },
      origin: { kind: 'shipped', id: 'mse-icb' },
      deployment: { origin: { kind: 'built-in' } },
    });
  });

  it('uses a custom profile this device saved, read again as untrusted input', async () => {
    const custom = { ...bswIcb, id: 'northshire', name: 'Northshire' };
    const ok = await loadStartupProfile({ fetch: server({}), storage: storageWith({ source: 'custom', profile: custom }) });
    expect(ok.status === 'ready' && ok.loaded).toMatchObject({ profile: { name: 'Northshire' }, origin: { kind: 'custom' } });

    const tampered = await loadStartupProfile({
      fetch: server({ '/organisation-profile.json': bswIcb }),
      storage: storageWith({ source: 'custom', profile: { ...custom, contacts: { hr: { phone: '999' } } } }),
    });
    expect(tampered.status === 'ready' && tampered.loaded).toMatchObject({
      profile: { id: 'bsw-icb' },
      origin: { kind: 'deployment' },
      choiceProblem: { kind: 'invalid' },
    });
  });

  it('falls back to the deployment default, saying why, when the choice is unreadable or its file will not load', async () => {
    for (const [stored, kind] of [
      ['not json', 'unreadable'],
      [{ source: 'shipped', id: '../../etc/passwd' }, 'unreadable'],
      [{ source: 'shipped', id: 'mse-icb' }, 'unavailable'],
    ] as const) {
      const result = await loadStartupProfile({ fetch: server({}), storage: storageWith(stored) });
      expect(result.status === 'ready' && result.loaded).toMatchObject({ profile: { id: 'national-default' }, choiceProblem: { kind } });
    }
  });

  it('never rejects: if the checker cannot load, the app starts with the national numbers only', async () => {
    const result = await loadStartupProfile({ fetch: server({}), storage: storageWith(), schema: () => Promise.reject(new Error('offline')) });
    expect(result.status === 'ready' && result.loaded.profile).toBe(nationalDefaultProfile);
  });
});

describe('the shipped national default needs no checker (the first page never loads zod for it)', () => {
  const shipped = ['public/organisation-profile.json', 'public/profiles/national-default.json'].map((file) => readFileSync(resolve(file), 'utf8'));

  it('the files in public/ are exactly the built-in profile, and the checker reads them as the same profile', () => {
    for (const text of shipped) {
      expect(isBuiltInProfileText(text)).toBe(true);
      expect(parseProfileJson(text)).toEqual({ ok: true, profile: nationalDefaultProfile });
    }
  });

  it('loads without the schema when the deployment file is the shipped default, and with it for anything else', async () => {
    let loads = 0;
    const schema = () => {
      loads++;
      return import('../../forms/organisation-profile.schema');
    };
    const plain = await loadStartupProfile({ fetch: server({ '/organisation-profile.json': shipped[0] }), storage: storageWith(), schema });
    expect(plain).toEqual({
      status: 'ready',
      loaded: {
        profile: nationalDefaultProfile,
        origin: { kind: 'deployment' },
        deployment: { profile: nationalDefaultProfile, origin: { kind: 'deployment' } },
      },
    });
    expect(loads).toBe(0);

    const edited = shipped[0]!.replace('National default (no local contacts)', 'Northshire');
    const other = await loadStartupProfile({ fetch: server({ '/organisation-profile.json': edited }), storage: storageWith(), schema });
    expect(other.status === 'ready' && other.loaded.profile.name).toBe('Northshire');
    expect(loads).toBe(1);

    const broken = await loadStartupProfile({
      fetch: server({ '/organisation-profile.json': shipped[0]!.replace('"bsw-reporting-chart"', '"mse-portal"') }),
      storage: storageWith(),
      schema,
    });
    expect(broken.status).toBe('invalid-deployment');
  });
});

describe('the choice on this device', () => {
  it('is written and read back as the shared localStorage key, and forgotten with null', () => {
    const storage = storageWith();
    expect(writeChoice({ source: 'shipped', id: 'bsw-icb' }, storage)).toBe(true);
    expect(JSON.parse(storage.getItem('prevent-pathway:profile')!)).toEqual({ source: 'shipped', id: 'bsw-icb' });
    expect(readChoice(storage)).toEqual({ source: 'shipped', id: 'bsw-icb' });
    writeChoice(null, storage);
    expect(readChoice(storage)).toBeNull();
  });
});
