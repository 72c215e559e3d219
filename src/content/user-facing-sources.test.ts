import { describe, expect, it } from 'vitest';
import * as indicators from '../../forms/indicators';
import { citeSource } from '../../forms/source-citation';
import { stepMeta } from '../../machines/concern.machine';
import { consentStepMeta } from '../../machines/consent.machine';
import { mseStepMeta } from '../../machines/mse.machine';
import { scenarioData } from '../../machines/scenarios.data';
import * as concernContent from './concern.content';
import * as consentContent from './consent.content';
import * as mseContent from './mse.content';
import * as profileContent from './profile.content';
import * as settingsContent from './settings.content';
import * as trainingLevelsContent from './training-levels.content';
import * as trainingContent from './training.content';
import * as uiContent from './ui.content';

/**
 * Every source a page or a document shows goes through citeSource. Whatever form the code base
 * writes a source in, what a reader sees names the documents in words and holds none of the
 * project's own references.
 */

/** What must never reach a reader. */
const forbidden: readonly (RegExp | string)[] = [
  /\b00[0-4]\b/,
  '¶',
  'domain-spec',
  'legal-and-security',
  'Decision-table',
  /\bR\d+\b/,
  /\brows? \d/,
  '[verify',
];

/** The keys that hold a source reference. */
const SOURCE_KEY = /^(source|sources|ref|[a-zA-Z]+Source)$/;

/** Every string under a source key, anywhere in a value, with where it was found. */
function collectSources(value: unknown, path: string, into: [string, string][] = [], seen = new Set<unknown>()): [string, string][] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return into;
  seen.add(value);
  for (const [key, child] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if (SOURCE_KEY.test(key) && typeof child === 'string') into.push([at, child]);
    else if (SOURCE_KEY.test(key) && Array.isArray(child)) child.forEach((item, index) => typeof item === 'string' && into.push([`${at}[${index}]`, item]));
    else collectSources(child, at, into, seen);
  }
  return into;
}

const groups: Record<string, unknown> = {
  'concern machine steps': stepMeta,
  'MSE machine steps': mseStepMeta,
  'consent machine steps': consentStepMeta,
  'concern content': concernContent,
  'consent content': consentContent,
  'MSE content': mseContent,
  'profile content': profileContent,
  'settings content': settingsContent,
  'training content': trainingContent,
  'training levels content': trainingLevelsContent,
  indicators,
  scenarios: scenarioData,
};

const all = Object.entries(groups).flatMap(([name, value]) => collectSources(value, name));

function problems(text: string): string[] {
  return forbidden.filter((pattern) => (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text))).map(String);
}

describe('every source a reader sees is in words', () => {
  it('finds the sources: every machine step, content module and scenario that has one', () => {
    for (const name of Object.keys(groups)) {
      if (name === 'settings content' || name === 'profile content') continue; // sources there are optional
      expect(
        all.some(([at]) => at.startsWith(`${name}.`)),
        name,
      ).toBe(true);
    }
    // The seeds' codes are there to convert: the test is not vacuous.
    expect(all.filter(([, raw]) => /\b004 ¶/.test(raw)).length).toBeGreaterThan(50);
    expect(all.length).toBeGreaterThan(300);
  });

  it.each(Object.keys(groups))('%s: no codes, paragraph marks or internal references once cited', (name) => {
    const found = all
      .filter(([at]) => at.startsWith(`${name}.`))
      .map(([at, raw]) => [at, raw, citeSource(raw)] as const)
      .filter(([, , cited]) => problems(cited).length > 0);
    expect(found).toEqual([]);
  });

  it('every seed a source names is named in full', () => {
    for (const [at, raw] of all) {
      const cited = citeSource(raw);
      if (/^004\b/.test(raw.trim())) expect(cited, at).toMatch(/^BSW ICB Prevent Policy/);
      if (/^002\b/.test(raw.trim())) expect(cited, at).toMatch(/^MSE ICB Prevent Policy/);
    }
  });
});

/** Every string in a value except the source fields (which citeSource converts on display). */
function collectProse(value: unknown, path: string, into: [string, string][] = [], seen = new Set<unknown>()): [string, string][] {
  if (typeof value === 'string') into.push([path, value]);
  if (value === null || typeof value !== 'object' || seen.has(value)) return into;
  seen.add(value);
  for (const [key, child] of Object.entries(value)) if (!SOURCE_KEY.test(key)) collectProse(child, `${path}.${key}`, into, seen);
  return into;
}

describe('the prose itself names no codes', () => {
  it.each(
    Object.entries({
      'profile content': profileContent,
      'settings content': settingsContent,
      'training levels content': trainingLevelsContent,
      'ui content': uiContent,
    }),
  )('%s', (name, module) => {
    const found = collectProse(module, name).filter(([, text]) => problems(text).length > 0);
    expect(found).toEqual([]);
  });
});
