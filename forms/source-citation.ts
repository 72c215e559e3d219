/**
 * Sources in words people understand. The code base keeps its citations short ("004 ¶66",
 * '002 "Consent"', "NPRF J3"); everything a user reads or receives says them in full ("BSW ICB
 * Prevent Policy, paragraph 66"). Our own working references (the domain notes, the decision
 * table's rows, rule and flowchart-box ids) are dropped: they mean nothing outside the project.
 */

/** The seed documents by their code. */
export const seedTitles = {
  '000': 'NHS Prevent Training and Competencies Framework',
  '001': 'Hampshire and Isle of Wight Multi-Agency Prevent Training Strategy',
  '002': 'MSE ICB Prevent Policy',
  '003': 'Prevent duty core standards for healthcare (2024)',
  '004': 'BSW ICB Prevent Policy',
} as const;

const NPRF = 'National Prevent Referral Form';
const GMC = 'GMC Confidentiality guidance (2017)';

/** Named parts of the seeds, as the documents themselves head them. */
const namedParts: Record<string, string> = {
  flowchart: 'reporting flowchart',
  summary: 'Summary of Policy',
  roles: 'Roles and responsibilities',
  eia: 'Equality Impact Assessment',
  scope: 'Scope',
};

/** A reference of our own: the domain notes, the decision table, rule ids, flowchart boxes. */
const INTERNAL = [
  /^domain-spec\b/i,
  /^legal-and-security\b/i,
  /^decision[- ]table\b/i,
  /^R\d+$/,
  /^rows? \d/i,
  /^§\d/, // a bare section of our own notes, left over once "domain-spec" is split off
  /^(boxes|box) /i,
  /^F\d+(?:\s*[–-]\s*F?\d+)?$/,
  /^END$/,
  /^[A-C]\d+$/, // domain-spec item ids (A8, B1, C2) split off a list
  /^side note$/i,
];

const isInternal = (part: string) => INTERNAL.some((pattern) => pattern.test(part.trim()));

/** Splits on `separator` outside quotes and parentheses. */
function splitTopLevel(text: string, separators: readonly string[]): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '(') depth += 1;
    else if (!quoted && char === ')') depth = Math.max(0, depth - 1);
    if (!quoted && depth === 0 && separators.includes(char)) {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** "1, 3" / "65–66" / "1–3" as words: "1 and 3", "65 to 66". */
function numberList(items: readonly string[]): string {
  const words = items.map((item) => item.replace(/\s*[–-]\s*/, ' to '));
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** "¶60, ¶65–66" → "paragraphs 60 and 65 to 66"; "§4, §8" → "sections 4 and 8". */
function numbered(marker: '¶' | '§', text: string): string | null {
  const pattern = marker === '¶' ? /^¶\s*([\d.]+(?:\s*[–-]\s*[\d.]+)?)$/ : /^§\s*([\d.]+(?:\s*[–-]\s*[\d.]+)?)$/;
  const items = text.split(/\s*,\s*/);
  const numbers: string[] = [];
  for (const item of items) {
    const match = pattern.exec(item.trim());
    if (!match) return null;
    numbers.push(match[1]!);
  }
  const plural = numbers.length > 1 || /[–-]/.test(numbers[0] ?? '');
  const noun = marker === '¶' ? 'paragraph' : 'section';
  return `${plural ? `${noun}s` : noun} ${numberList(numbers)}`;
}

/** The inside of a parenthesis: keep the words and quotations, drop our own ids. */
function cleanParenthesis(inner: string): string {
  if (/^["“‘]/.test(inner.trim())) return inner.trim();
  const kept = splitTopLevel(inner, [';', ','])
    .map((piece) => piece.replace(/^box(?:es)? [\w–-]+(?:\s*(?:and|,)\s*[\w–-]+)*:\s*/i, '').trim())
    .filter((piece) => piece && !isInternal(piece) && !/^box(?:es)? /i.test(piece));
  return kept.join(', ');
}

/** A document's part after its code: "¶66", "App 4a §5", '"Consent"', "flowchart", "§6.2". */
function partWords(rest: string): string | null {
  const text = rest.trim();
  if (text === '') return '';
  const paragraphs = numbered('¶', text);
  if (paragraphs) return paragraphs;
  const sections = numbered('§', text);
  if (sections) return sections;
  const appendix = /^(?:App|Appendix)\s+(\w+)(?:\s+(.+))?$/.exec(text);
  if (appendix) {
    const [, id, after] = appendix;
    if (!after) return `Appendix ${id}`;
    const afterSections = numbered('§', after);
    if (afterSections) return `Appendix ${id}, ${afterSections}`;
    const note = /^guidance notes$/i.test(after) ? 'guidance notes' : after;
    return `Appendix ${id}, ${note}`;
  }
  // A heading inside a heading ('"Process" › "Flowchart"'): the innermost one is the one to look up.
  const heading = splitTopLevel(text.split('›').pop()!.trim(), [',']);
  if (heading.every((piece) => /^".*"$/.test(piece))) return heading.join(', ');
  const named = namedParts[text.toLowerCase()];
  if (named) return named;
  return null;
}

interface Cited {
  /** The document's title, when the reference names one of the seeds. */
  title?: string;
  /** The part of it ("paragraph 66"), or the whole reference when there is no seed title. */
  part: string;
}

/** Takes the parentheses outside quotes off the reference: the rest, and what is inside each. */
function takeParentheses(reference: string): { rest: string; inner: string[] } {
  let rest = '';
  const inner: string[] = [];
  let depth = 0;
  let quoted = false;
  let literal = 0;
  let current = '';
  for (const char of reference) {
    if (char === '"' && depth <= 1) quoted = !quoted;
    // "s36(4)(b)": a parenthesis straight after a word or another one is part of the reference.
    if (!quoted && depth === 0 && (char === '(' || (char === ')' && literal > 0))) {
      if (char === '(' && /[\w)]$/.test(rest)) literal += 1;
      if (literal > 0) {
        if (char === ')') literal -= 1;
        rest += char;
        continue;
      }
    }
    if (!quoted && char === '(') {
      depth += 1;
      if (depth === 1) continue;
    }
    if (!quoted && char === ')' && depth > 0) {
      depth -= 1;
      if (depth === 0) {
        inner.push(current);
        current = '';
        continue;
      }
    }
    if (depth > 0) current += char;
    else rest += char;
  }
  if (depth > 0) rest += `(${current}`;
  return { rest: rest.replace(/\s+/g, ' ').trim(), inner };
}

/** One reference (no ";") in words, or null when it is one of our own. */
function citeOne(reference: string): Cited | null {
  const trimmed = reference.trim();
  if (trimmed === '' || isInternal(trimmed)) return null;
  // Parentheses: keep what a reader can use, drop our ids; an emptied one disappears.
  const { rest: text, inner } = takeParentheses(trimmed);
  if (text === '' || isInternal(text)) return null;
  const notes = inner.map(cleanParenthesis).filter(Boolean);
  const suffix = notes.length > 0 ? ` (${notes.join('; ')})` : '';

  const seed = /^(00[0-4])\b\s*(.*)$/.exec(text);
  if (seed) {
    const title = seedTitles[seed[1] as keyof typeof seedTitles];
    const part = partWords(seed[2]!) ?? seed[2]!;
    return { title, part: part ? `${part}${suffix}` : suffix.trim() };
  }
  const nprf = /^NPRF\b\s*(.*)$/.exec(text);
  if (nprf) {
    const rest = nprf[1]!.trim();
    const question = /^([A-L]\d+)$/.exec(rest);
    const section = /^Section\s+([A-L])$/i.exec(rest);
    const words = question
      ? `question ${question[1]}`
      : section
        ? `section ${section[1]}`
        : /^[A-Z ]+$/.test(rest) && rest
          ? `"${rest.charAt(0)}${rest.slice(1).toLowerCase()}"`
          : rest;
    return { title: NPRF, part: `${words}${suffix}`.trim() };
  }
  const gmc = /^GMC(?:\s+Confidentiality)?(?:\s+2017)?\s*(.*)$/.exec(text);
  if (gmc) {
    const part = gmc[1] ? (numbered('¶', gmc[1]) ?? gmc[1]) : '';
    return { title: GMC, part: `${part}${suffix}`.trim() };
  }
  const ctsa = /^CTSA 2015\s*s?(.*)$/.exec(text);
  if (ctsa) return { title: 'Counter-Terrorism and Security Act 2015', part: ctsa[1] ? `section ${ctsa[1]}${suffix}` : suffix.trim() };
  return { part: `${text}${suffix}` };
}

/** "a", "a and b", "a, b and c". */
const andList = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** Consecutive references to one document said once: "BSW ICB Prevent Policy, paragraphs 60 and 66". */
function merge(cited: readonly Cited[]): string[] {
  const groups: { title?: string; parts: string[] }[] = [];
  for (const item of cited) {
    const last = groups[groups.length - 1];
    if (item.title && last && last.title === item.title) last.parts.push(item.part);
    else groups.push({ ...(item.title ? { title: item.title } : {}), parts: [item.part] });
  }
  return groups.map(({ title, parts }) => {
    // Plain paragraph lists of one document join into one list where the first stood: "paragraphs 35, 37 and 61, Appendix 4".
    const isParagraphs = (part: string) => /^paragraphs? [\d ,.to–and]+$/.test(part);
    const numbers = [...new Set(parts.filter(isParagraphs).flatMap((part) => part.replace(/^paragraphs? /, '').split(/, | and /)))].sort(
      (x, y) => parseFloat(x) - parseFloat(y),
    );
    const paragraphs =
      numbers.length === 0 ? '' : numbers.length === 1 && !/ to /.test(numbers[0]!) ? `paragraph ${numbers[0]}` : `paragraphs ${andList(numbers)}`;
    const merged = [...new Set(parts.map((part) => (isParagraphs(part) ? paragraphs : part)))].filter(Boolean);
    const words = andList(merged);
    if (!title) return words;
    return words ? `${title}, ${words}` : title;
  });
}

/**
 * A source reference as a reader says it: each ";"-separated reference in words, our own working
 * references dropped, repeats removed. "" when nothing a reader can use remains (callers then
 * show no source line).
 */
export function citeSource(reference: string | null | undefined): string {
  if (!reference) return '';
  const cited = splitTopLevel(reference, [';'])
    .map(citeOne)
    .filter((item): item is Cited => item !== null);
  return [...new Set(merge(cited))].join('; ');
}

/** Several references, e.g. a scenario's `sources`, as one line. */
export const citeSources = (references: readonly string[]): string => citeSource(references.join('; '));

/** A bracketed run of references inside prose: "(004 ¶56, ¶58; 004 App 4a §5)". */
const BRACKETED_REFERENCES = /(\s*)\(((?:[^()]|\([^()]*\))*?\b(?:00[0-4]|NPRF|GMC Confidentiality|domain-spec|legal-and-security)\b(?:[^()]|\([^()]*\))*?)\)/g;

/**
 * Prose that carries its references in brackets (text stored in a record before sources were said
 * in words, or a decision log's notes) with each bracket cited as `citeSource` cites it; a bracket
 * of only our own working references is dropped with the space before it.
 */
export function citeSourcesInText(text: string): string {
  return text.replace(BRACKETED_REFERENCES, (_whole, space: string, inner: string) => {
    const cited = citeSource(inner);
    return cited ? `${space}(${cited})` : '';
  });
}
