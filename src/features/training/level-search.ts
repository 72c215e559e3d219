import type { FrameworkLevel } from '../../content/training-levels.content';

/** A staff group the framework names, with the level it sits at. */
export interface RoleMatch {
  group: string;
  level: FrameworkLevel;
}

const stopWords = new Set(['a', 'an', 'and', 'the', 'of', 'in', 'for', 'i', 'am', 'im', 'my', 'with', 'work', 'as', 'at']);

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

/**
 * "Which level do I need?": the staff groups whose words start with every word of the query, in
 * the framework's order. A role may appear at more than one level (dentists are listed at 2 and 3).
 */
export function searchRoles(levels: readonly FrameworkLevel[], query: string): RoleMatch[] {
  const wanted = words(query).filter((word) => !stopWords.has(word));
  if (wanted.length === 0) return [];
  const matches: RoleMatch[] = [];
  for (const level of levels) {
    for (const group of level.staffGroups) {
      const have = words(group);
      if (wanted.every((word) => have.some((candidate) => candidate.startsWith(word)))) matches.push({ group, level });
    }
  }
  return matches;
}
