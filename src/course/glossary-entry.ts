/**
 * The notation and glossary data (`content/glossary.json`): its shape, the checks it must pass, and how a piece of
 * running text is looked up in it. One entry per term: its words, the KaTeX source of its symbol, its meaning, the
 * section that introduces it and the group it is listed under on the notation page. Every check names the entry
 * it rejects, so a bad edit fails the build with a message that says where to look.
 *
 * @example
 * const glossary = parseGlossary(data, { sections: ['2.1', '2.3'], renderTex: (tex) => katex.renderToString(tex) });
 * entryForText(glossary.entries, 'Margins')?.id; // → 'margin'
 */

/** One glossary entry as stored. */
export interface GlossaryEntry {
  /** Anchor suffix on the notation page (`#term-<id>`): lowercase letters, digits and hyphens. */
  id: string;
  /** The words, as the sections write them (e.g. "reference policy"). */
  term: string;
  /** KaTeX source of the symbol; absent for terms that have no symbol. */
  tex?: string;
  /** One or two sentences. */
  meaning: string;
  /** The number of the section that introduces the term, e.g. "2.4". */
  section: string;
  /** The id of the group the notation page lists it under. */
  group: string;
  /** Other spellings of the term that count as the same term. */
  aliases?: string[];
  /**
   * A word whose meaning here is particular to the sections that define it (such as "step" or "bias"): it is linked
   * only in a section whose definitions list it, never from the same word in another section.
   */
  local?: boolean;
}

/** A heading of the notation page. */
export interface GlossaryGroup {
  id: string;
  title: string;
}

/** The whole file. */
export interface Glossary {
  groups: GlossaryGroup[];
  entries: GlossaryEntry[];
}

/** What the checks may consult. */
export interface GlossaryCheckOptions {
  /** The section numbers that exist; when given, an entry's `section` must be one of them. */
  sections?: readonly string[];
  /** Renders a TeX string, throwing when it cannot (e.g. `katex.renderToString` with `throwOnError`). */
  renderTex?: (tex: string) => unknown;
}

/** A glossary entry (or the file) breaks a rule; the message names the entry. */
export class GlossaryError extends Error {
  override name = 'GlossaryError';
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SECTION = /^[1-9]\.[1-9]$/;

/**
 * The form of a term used to compare it: lowercase, typographic apostrophes made straight, spaces collapsed.
 *
 * @example termKey('Kendall’s  τ') // → "kendall's τ"
 */
export function termKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
}

/** The words an entry is known by: its term, then its aliases. */
export function entryNames(entry: GlossaryEntry): string[] {
  return [entry.term, ...(entry.aliases ?? [])];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Checks a parsed `glossary.json` and returns it typed. Throws a {@link GlossaryError} naming the entry when an
 * entry lacks a field or has one of the wrong type, has an id that is not a slug, uses an unknown group or (with
 * `sections`) an unknown section, repeats an id or a term or alias of another entry (compared by
 * {@link termKey}), or (with `renderTex`) has TeX that does not render.
 *
 * @example
 * parseGlossary({ groups: [{ id: 'rewards', title: 'Rewards' }], entries: [{ id: 'margin', term: 'margin', tex: 'm', meaning: 'r_w − r_l.', section: '2.1', group: 'rewards' }] }).entries.length; // → 1
 */
export function parseGlossary(data: unknown, options: GlossaryCheckOptions = {}): Glossary {
  if (!isObject(data) || !Array.isArray(data['groups']) || !Array.isArray(data['entries'])) {
    throw new GlossaryError('glossary: expected an object with "groups" and "entries" arrays');
  }
  const groups: GlossaryGroup[] = data['groups'].map((group, index) => {
    if (!isObject(group) || !nonEmpty(group['id']) || !ID.test(group['id']) || !nonEmpty(group['title'])) {
      throw new GlossaryError(`glossary: group ${index + 1} needs an id (a slug) and a title`);
    }
    return { id: group['id'], title: group['title'] };
  });
  const groupIds = new Set(groups.map((group) => group.id));
  if (groupIds.size !== groups.length) throw new GlossaryError('glossary: two groups share an id');
  const sections = options.sections === undefined ? undefined : new Set(options.sections);
  const ids = new Map<string, number>();
  const names = new Map<string, string>();
  const entries = data['entries'].map((raw, index): GlossaryEntry => {
    const label = isObject(raw) && typeof raw['id'] === 'string' ? `glossary entry "${raw['id']}"` : `glossary entry ${index + 1}`;
    const fail = (message: string): never => {
      throw new GlossaryError(`${label}: ${message}`);
    };
    if (!isObject(raw)) return fail('is not an object');
    const known = new Set(['id', 'term', 'tex', 'meaning', 'section', 'group', 'aliases', 'local']);
    for (const key of Object.keys(raw)) if (!known.has(key)) fail(`unknown field "${key}"`);
    const { id, term, tex, meaning, section, group, aliases, local } = raw;
    if (!nonEmpty(id) || !ID.test(id)) fail('needs an id made of lowercase letters, digits and single hyphens');
    if (!nonEmpty(term)) fail('needs a term');
    if (!nonEmpty(meaning)) fail('needs a meaning');
    if (tex !== undefined && !nonEmpty(tex)) fail('"tex" must be a non-empty string when present');
    if (!nonEmpty(section) || !SECTION.test(section)) fail('needs a section number such as "2.4"');
    if (sections !== undefined && !sections.has(section as string)) fail(`names section ${String(section)}, which does not exist`);
    if (!nonEmpty(group) || !groupIds.has(group)) fail(`names group ${JSON.stringify(group)}, which is not one of ${[...groupIds].join(', ')}`);
    if (aliases !== undefined && (!Array.isArray(aliases) || !aliases.every(nonEmpty))) fail('"aliases" must be a list of non-empty strings');
    if (local !== undefined && typeof local !== 'boolean') fail('"local" must be true or false');
    if (ids.has(id as string)) fail(`repeats the id of entry ${(ids.get(id as string) ?? 0) + 1}`);
    ids.set(id as string, index);
    const entry: GlossaryEntry = {
      id: id as string,
      term: term as string,
      meaning: meaning as string,
      section: section as string,
      group: group as string,
      ...(tex === undefined ? {} : { tex: tex as string }),
      ...(aliases === undefined ? {} : { aliases: aliases as string[] }),
      ...(local === true ? { local: true } : {}),
    };
    for (const name of entryNames(entry)) {
      const key = termKey(name);
      const other = names.get(key);
      if (other !== undefined) fail(`"${name}" is already a term or alias of entry "${other}"`);
      names.set(key, entry.id);
    }
    if (entry.tex !== undefined && options.renderTex !== undefined) {
      try {
        options.renderTex(entry.tex);
      } catch (error) {
        fail(`KaTeX cannot render ${JSON.stringify(entry.tex)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return entry;
  });
  return { groups, entries };
}

/**
 * The entry a piece of text names: the entry whose term or alias equals it by {@link termKey}, else the one that
 * equals it without a plural ending ("responses", "policies"). `undefined` when none does.
 *
 * @example entryForText([{ id: 'policy', term: 'policy', meaning: '…', section: '1.1', group: 'policies' }], 'Policies')?.id // → 'policy'
 */
export function entryForText(entries: readonly GlossaryEntry[], text: string): GlossaryEntry | undefined {
  const key = termKey(text);
  const candidates = [key, key.replace(/ies$/, 'y'), key.replace(/es$/, ''), key.replace(/s$/, '')];
  for (const candidate of candidates) {
    const found = entries.find((entry) => entryNames(entry).some((name) => termKey(name) === candidate));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The anchor id of an entry on the notation page. */
export function glossaryAnchor(entry: Pick<GlossaryEntry, 'id'>): string {
  return `term-${entry.id}`;
}
