import { roleAliases, roleWordSynonyms, type FrameworkLevel } from '../../content/training-levels.content';

/** A staff group the framework names, with the level it sits at. */
export interface RoleMatch {
  group: string;
  level: FrameworkLevel;
}

const stopWords = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'in',
  'for',
  'i',
  'am',
  'im',
  'my',
  'with',
  'work',
  'as',
  'at',
  'on',
  'to',
  'or',
  'inc',
  'including',
  'all',
  'those',
  'who',
]);

/** A rough English stem, enough to match "midwife" to "Midwives" and "nurse" to "nurses". */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ives')) return `${word.slice(0, -4)}ife`;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
    .map(stem);
}

const queryWords = (query: string) => words(query).filter((word) => !stopWords.has(word));

/** A typed word and the framework's words it also stands for ("receptionist" → "reception"). */
function alternatives(word: string): string[][] {
  const synonyms = roleWordSynonyms[word] ?? roleWordSynonyms[`${word}s`] ?? [];
  return [[word], ...synonyms.map((synonym) => words(synonym))];
}

/** Whether a group's words hold a typed word or one of its synonyms (a synonym of two words needs both). */
function holds(have: readonly string[], word: string): boolean {
  return alternatives(word).some((alternative) => alternative.every((part) => have.some((candidate) => candidate.startsWith(part))));
}

/**
 * "Which level do I need?": the staff groups that hold the most words of the query (any word counts,
 * and its synonyms), in the framework's order; first, the groups a role phrase stands for ("safeguarding
 * lead" → the named and designated professionals and the Prevent Lead). A role may appear at more than
 * one level (dentists are listed at 2 and 3).
 */
export function searchRoles(levels: readonly FrameworkLevel[], query: string): RoleMatch[] {
  const wanted = queryWords(query);
  if (wanted.length === 0) return [];
  const all = levels.flatMap((level) => level.staffGroups.map((group) => ({ group, level })));

  const aliases = roleAliases.filter((alias) => queryWords(alias.phrase).every((word) => wanted.includes(word)));
  const aliased = aliases.flatMap((alias) => alias.groups).flatMap((group) => all.filter((candidate) => candidate.group === group));

  // A query that is a role phrase and nothing more means the groups of that phrase only.
  const covered = new Set(aliases.flatMap((alias) => queryWords(alias.phrase)));
  if (aliases.length > 0 && wanted.every((word) => covered.has(word))) return unique(aliased);

  const scored = all.map((match) => {
    const have = words(match.group);
    return { match, count: wanted.filter((word) => holds(have, word)).length };
  });
  const best = Math.max(...scored.map((entry) => entry.count));
  const byWords = best > 0 ? scored.filter((entry) => entry.count === best).map((entry) => entry.match) : [];

  return unique([...aliased, ...byWords]);
}

function unique(matches: readonly RoleMatch[]): RoleMatch[] {
  const seen = new Set<string>();
  return matches.filter((match) => {
    const key = `${match.level.id}|${match.group}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
