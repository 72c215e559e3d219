import type { Vault } from './crypto';
import { draftChannel, type DraftChannel } from './draft-channel';
import { DRAFT_DB_NAME, newDraftId } from './draft-names';
// The store and its encryption load on first use (a passphrase set, a store on the device), not with the page.
import type { DraftStore, DraftStoreOptions, DraftSummary } from './encrypted-store';
import { draftKinds, type DraftKind } from './migrations';
import { requestPersistentStorage, type Persistence } from './persistence';
import { fail, ok, storageError, type Result, type StorageError } from './storage-error';
import { TAB_KEY_DB_NAME, tabKeyExpected } from './tab-key-id';
import type { TabVault } from './tab-vault';

// Loaded on first use (a reload with a copy, the first save without a passphrase): not with every page.
const tabVaultModule = () => import('./tab-vault');
import type { WipeReport } from './wipe-everything';
import { statusText } from '../content/drafts.content';
import { OPEN_DRAFTS_KEY } from './open-drafts';

/**
 * This tab's drafts: what is open (a concern record, a referral), whether it is being kept on the
 * device, and the in-memory key while unlocked. Pages read and write open drafts synchronously
 * (get/put); every put is sealed and written to IndexedDB in the background, newest value wins,
 * one write at a time per draft.
 *
 * Modes:
 * - starting: opening IndexedDB (a moment at load).
 * - no-passphrase: nothing set on this device yet; work is kept in this tab's memory only.
 * - locked: a passphrase is set, this tab has not been unlocked (or was locked): open drafts are
 *   not in memory; the pages that show them ask for the passphrase.
 * - skipped: locked, and the user chose to carry on without saving: memory only.
 * - unlocked: the key is in memory; every change is saved, encrypted.
 * - unavailable: IndexedDB cannot be used (private windows, blocked storage): memory only.
 *
 * Only ids ever leave memory in the clear: this tab's open draft ids in sessionStorage, so a reload
 * knows what to reopen once unlocked. The passphrase and the key are never stored.
 */
export type SessionMode = 'starting' | 'no-passphrase' | 'locked' | 'skipped' | 'unlocked' | 'unavailable';

export interface OpenDraft {
  id: string;
  /** The revision last saved or loaded (0: never saved). */
  revision: number;
  /** The draft's content (plain JSON); undefined while locked. */
  data: unknown;
  /** Changed since the last successful save. */
  unsaved: boolean;
}

export interface SessionState {
  mode: SessionMode;
  open: Partial<Record<DraftKind, OpenDraft>>;
  /** The last thing that went wrong with storage, for the user; cleared by the next good save. */
  fault: StorageError | null;
  /** Another tab saved a draft that is open here: this tab stops saving it until the user chooses. */
  conflict: DraftKind | null;
  /** Everything was wiped in another tab. */
  wipedElsewhere: boolean;
  persistence: Persistence | null;
  /** When each open draft was last saved (ISO). */
  savedAt: Partial<Record<DraftKind, string>>;
  /** How many drafts were on the device when this tab unlocked (to offer them in a new tab). */
  savedOnUnlock: number;
  /** This tab keeps an encrypted copy of its open work, so a reload loses nothing (no passphrase set). */
  reloadSafe: boolean;
  /** Goes up whenever open drafts are replaced from outside the page (unlock, resume, wipe): pages reload from the session. */
  generation: number;
}

export interface SessionOptions {
  store?: DraftStoreOptions;
  storage?: Storage | undefined;
  channel?: DraftChannel;
  persist?: () => Promise<Persistence>;
  wipe?: (forgetKeys: () => void) => Promise<WipeReport>;
  /** This tab's encrypted copy for reloads (src/storage/tab-vault.ts); null: none (memory only). */
  tabVault?: () => Promise<TabVault | null>;
}

export class DraftSession {
  private state: SessionState = {
    mode: 'starting',
    open: {},
    fault: null,
    conflict: null,
    wipedElsewhere: false,
    persistence: null,
    savedAt: {},
    savedOnUnlock: 0,
    reloadSafe: false,
    generation: 0,
  };
  private readonly listeners = new Set<() => void>();
  private store: DraftStore | null = null;
  private vault: Vault | null = null;
  private readonly writing = new Map<DraftKind, Promise<void>>();
  private readonly channel: DraftChannel;
  private ready: Promise<void> | null = null;
  private tab: TabVault | null = null;
  private tabOpening: Promise<TabVault | null> | null = null;
  private tabWriting: Promise<void> = Promise.resolve();

  constructor(private readonly options: SessionOptions = {}) {
    this.channel = options.channel ?? draftChannel();
    this.channel.subscribe((message) => {
      if (message.type === 'wiped') return this.forgetAll(true);
      const kind = (Object.keys(this.state.open) as DraftKind[]).find((k) => this.state.open[k]?.id === message.id);
      if (!kind) return;
      if (message.type === 'saved' && message.revision > this.state.open[kind]!.revision) this.set({ conflict: kind });
      if (message.type === 'deleted') this.set({ fault: storageError('evicted', 'deleted in another tab') });
    });
  }

  // ---- React's useSyncExternalStore ----
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  getState = (): SessionState => this.state;

  private set(change: Partial<SessionState>) {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }

  private setOpen(kind: DraftKind, draft: OpenDraft | undefined) {
    const open = { ...this.state.open };
    if (draft) open[kind] = draft;
    else delete open[kind];
    this.set({ open });
    this.rememberOpenIds();
    this.saveTabCopy();
  }

  /**
   * Finds out whether a passphrase was set on this device. Opens IndexedDB only if the app's
   * database is there: a device where nobody kept a draft (or just after a wipe) gets no database
   * until someone sets a passphrase. Safe to call more than once.
   */
  start(): Promise<void> {
    this.ready ??= (async () => {
      this.removeLegacyPlaintext();
      const factory = this.factory();
      if (!factory) return this.set({ mode: 'unavailable', fault: storageError('unavailable', 'no IndexedDB') });
      // This tab had saved drafts open (their ids survive in sessionStorage) but the device's store
      // is gone: the browser cleared the whole site's storage. Say so, instead of starting afresh silently.
      const hadOpen = Object.keys(this.openIds()).length > 0;
      if (!(await this.databaseExists(factory)))
        return this.set({ mode: 'no-passphrase', ...(hadOpen ? this.wholeStoreEvicted() : await this.restoreTabCopy()) });
      const opened = await this.openStore();
      if (!opened.ok) return this.set({ mode: 'unavailable', fault: opened.error });
      const has = await opened.value.hasVault();
      if (!has.ok) return this.set({ mode: 'unavailable', fault: has.error });
      if (!has.value) return this.set({ mode: 'no-passphrase', ...(hadOpen ? this.wholeStoreEvicted() : await this.restoreTabCopy()) });
      // Ids only: the content comes back when unlocked. Anything already put in memory stays.
      const open: SessionState['open'] = {};
      if (has.value) for (const [kind, id] of Object.entries(this.openIds())) open[kind as DraftKind] = { id, revision: 0, data: undefined, unsaved: false };
      this.set({ mode: has.value ? 'locked' : 'no-passphrase', open: { ...open, ...this.state.open } });
    })();
    return this.ready;
  }

  private factory(): IDBFactory | undefined {
    const options = this.options.store ?? {};
    try {
      return 'indexedDB' in options ? options.indexedDB : globalThis.indexedDB;
    } catch {
      return undefined;
    }
  }

  private async databaseExists(factory: IDBFactory): Promise<boolean> {
    // Where the browser cannot list databases, open it (creating it is harmless).
    if (typeof factory.databases !== 'function') return true;
    try {
      const name = this.options.store?.name ?? DRAFT_DB_NAME;
      return (await factory.databases()).some((db) => db.name === name);
    } catch {
      return true;
    }
  }

  private async openStore(): Promise<Result<DraftStore>> {
    if (this.store) return ok(this.store);
    const { openDraftStore } = await import('./encrypted-store');
    const opened = await openDraftStore({ channel: this.channel, onClosedByOtherTab: () => this.forgetAll(true), ...this.options.store });
    if (opened.ok) this.store = opened.value;
    return opened;
  }

  /** The open draft's content, or undefined (none yet, or locked). */
  get(kind: DraftKind): unknown {
    return this.state.open[kind]?.data;
  }

  /** Replaces the open draft's content and saves it when unlocked. */
  put(kind: DraftKind, data: unknown): void {
    const current = this.state.open[kind];
    this.setOpen(kind, { id: current?.id ?? newDraftId(), revision: current?.revision ?? 0, data, unsaved: true });
    if (this.state.mode === 'unlocked' && this.state.conflict !== kind) this.queueSave(kind);
  }

  /**
   * Closes the open draft of this kind in this tab and leaves it on the device as it is: for a draft
   * this release cannot read (a newer form version), so the next put starts a new draft instead of
   * writing over it.
   */
  detach(kind: DraftKind): void {
    if (this.state.open[kind]) this.setOpen(kind, undefined);
  }

  /** Closes the open draft of this kind and deletes it from the device ("start again"). */
  async discard(kind: DraftKind): Promise<void> {
    const current = this.state.open[kind];
    this.setOpen(kind, undefined);
    if (this.state.conflict === kind) this.set({ conflict: null });
    if (current && current.revision > 0 && this.store) {
      await this.writing.get(kind);
      await this.store.deleteDraft(current.id);
    }
  }

  /** Sets the device's passphrase (first use): from now on everything open is saved. */
  async setPassphrase(passphrase: string): Promise<Result<void>> {
    const store = await this.openStore();
    if (!store.ok) {
      this.set({ mode: 'unavailable', fault: store.error });
      return store;
    }
    const unlocked = await store.value.unlock(passphrase);
    if (!unlocked.ok) return unlocked;
    this.vault = unlocked.value.vault;
    this.set({ mode: 'unlocked', fault: null });
    // From now on the passphrase keeps the work: no second copy for the tab.
    await this.tabWriting;
    this.tab?.clear();
    await Promise.all((Object.keys(this.state.open) as DraftKind[]).map((kind) => this.queueSave(kind)));
    void (this.options.persist ?? requestPersistentStorage)().then((persistence) => this.set({ persistence }));
    return ok(undefined);
  }

  /** Unlocks with the passphrase and reopens this tab's drafts. Work done meanwhile (skipped) is kept as well. */
  async unlock(passphrase: string): Promise<Result<void>> {
    if (!this.store) return fail('unavailable');
    const unlocked = await this.store.unlock(passphrase);
    if (!unlocked.ok) return unlocked;
    this.vault = unlocked.value.vault;
    const open = { ...this.state.open };
    let fault: StorageError | null = null;
    for (const kind of Object.keys(open) as DraftKind[]) {
      const draft = open[kind]!;
      if (draft.data !== undefined) continue; // typed while skipped: saved below as it stands
      const loaded = await this.store.loadDraft(unlocked.value.vault, draft.id);
      if (loaded.ok) open[kind] = { id: draft.id, revision: loaded.value.revision, data: loaded.value.value, unsaved: false };
      else {
        delete open[kind];
        fault = loaded.error;
      }
    }
    const listed = await this.store.listDrafts();
    const savedOnUnlock = listed.ok ? listed.value.length : 0;
    this.set({ mode: 'unlocked', open, fault, conflict: null, savedOnUnlock, generation: this.state.generation + 1 });
    this.rememberOpenIds();
    for (const kind of Object.keys(open) as DraftKind[]) if (open[kind]!.unsaved) void this.queueSave(kind);
    if (this.state.persistence === null) void (this.options.persist ?? requestPersistentStorage)().then((persistence) => this.set({ persistence }));
    return ok(undefined);
  }

  /** Carries on without unlocking: this tab's new work is kept in memory only. */
  skip(): void {
    if (this.state.mode === 'locked') this.set({ mode: 'skipped', open: {} });
  }

  /** Saves what is pending, then forgets the key and the open drafts' content. */
  async lock(): Promise<void> {
    if (this.state.mode !== 'unlocked') return;
    await Promise.all(this.writing.values());
    this.vault = null;
    const open: SessionState['open'] = {};
    for (const [kind, draft] of Object.entries(this.state.open)) open[kind as DraftKind] = { ...draft, data: undefined };
    this.set({ mode: 'locked', open });
  }

  /** The drafts saved on this device (metadata only). */
  async list(): Promise<Result<DraftSummary[]>> {
    if (this.store) return this.store.listDrafts();
    return this.state.mode === 'no-passphrase' ? ok([]) : fail('unavailable');
  }

  /** Reads a saved draft's content (unlocked only), without opening it. */
  async read(id: string): Promise<Result<{ summary: DraftSummary; data: unknown }>> {
    if (!this.store || !this.vault) return fail('unavailable');
    const loaded = await this.store.loadDraft(this.vault, id);
    if (!loaded.ok) return loaded;
    const { value, ...summary } = loaded.value;
    return ok({ summary, data: value });
  }

  /** Opens a saved draft in this tab, in place of the one of its kind open now (which stays saved). */
  async resume(id: string): Promise<Result<DraftKind>> {
    const read = await this.read(id);
    if (!read.ok) return read;
    const { kind, revision, updatedAt } = read.value.summary;
    await this.writing.get(kind);
    this.setOpen(kind, { id, revision, data: read.value.data, unsaved: false });
    this.set({
      conflict: this.state.conflict === kind ? null : this.state.conflict,
      savedAt: { ...this.state.savedAt, [kind]: updatedAt },
      generation: this.state.generation + 1,
    });
    return ok(kind);
  }

  async remove(id: string): Promise<Result<void>> {
    if (!this.store) return fail('unavailable');
    const kind = (Object.keys(this.state.open) as DraftKind[]).find((k) => this.state.open[k]?.id === id);
    if (kind) await this.writing.get(kind);
    const removed = await this.store.deleteDraft(id);
    if (removed.ok && kind) this.setOpen(kind, undefined);
    return removed;
  }

  /**
   * Opens content from elsewhere (a hand-over file) as this tab's draft of its kind, with a new id.
   * Saved at once when unlocked; otherwise kept in memory.
   */
  async adopt(kind: DraftKind, data: unknown): Promise<Result<void>> {
    await this.writing.get(kind);
    this.setOpen(kind, { id: newDraftId(), revision: 0, data, unsaved: true });
    this.set({ conflict: this.state.conflict === kind ? null : this.state.conflict });
    if (this.state.mode !== 'unlocked') return ok(undefined);
    await this.queueSave(kind);
    return this.state.fault ? { ok: false, error: this.state.fault } : ok(undefined);
  }

  /** After another tab saved the draft open here: take their version (dropping this tab's changes). */
  async takeTheirs(): Promise<void> {
    const kind = this.state.conflict;
    if (!kind) return;
    const id = this.state.open[kind]?.id;
    this.set({ conflict: null });
    if (id) await this.resume(id);
  }

  /** After another tab saved the draft open here: keep this tab's version as a separate draft. */
  async keepMineAsNew(): Promise<void> {
    const kind = this.state.conflict;
    if (!kind) return;
    await this.adopt(kind, this.state.open[kind]?.data);
  }

  /** Deletes everything this app keeps on the device, in every tab. */
  async wipe(): Promise<WipeReport> {
    await Promise.allSettled(this.writing.values());
    this.store?.close();
    this.store = null;
    const report = await (this.options.wipe ?? (async (forgetKeys) => (await import('./wipe-everything')).wipeEverything({ forgetKeys })))(() =>
      this.forgetAll(false),
    );
    this.channel.announce({ type: 'wiped' });
    this.ready = null;
    await this.start();
    return report;
  }

  /** Forgets everything in memory, as a fresh page load would (component tests start each test so). */
  reset(): void {
    this.store?.close();
    this.store = null;
    this.vault = null;
    this.ready = null;
    this.tab = null;
    this.tabOpening = null;
    this.writing.clear();
    this.set({
      mode: 'starting',
      open: {},
      fault: null,
      conflict: null,
      wipedElsewhere: false,
      persistence: null,
      savedAt: {},
      reloadSafe: false,
      generation: this.state.generation + 1,
    });
  }

  /** Whether closing the tab now would lose work. */
  hasUnsavedWork(): boolean {
    return Object.values(this.state.open).some((draft) => draft.unsaved && draft.data !== undefined);
  }

  /** Waits for every queued save (tests, lock, wipe). */
  async settled(): Promise<void> {
    await Promise.all(this.writing.values());
    await this.tabWriting;
  }

  private forgetAll(elsewhere: boolean) {
    this.vault = null;
    this.tab?.clear();
    this.tab = null;
    this.tabOpening = null;
    if (elsewhere) {
      this.store?.close();
      this.store = null;
      this.ready = null;
    }
    this.set({ mode: 'starting', open: {}, conflict: null, fault: null, wipedElsewhere: elsewhere, savedAt: {}, generation: this.state.generation + 1 });
    if (elsewhere) this.forgetOpenIds(); // wiped on purpose, not evicted
    if (elsewhere) void this.start().then(() => this.set({ wipedElsewhere: true }));
  }

  /** One write at a time per kind; each write takes the newest content. */
  private queueSave(kind: DraftKind): Promise<void> {
    const previous = this.writing.get(kind) ?? Promise.resolve();
    const next = previous.then(() => this.saveNow(kind));
    this.writing.set(kind, next);
    void next.finally(() => {
      if (this.writing.get(kind) === next) this.writing.delete(kind);
    });
    return next;
  }

  private async saveNow(kind: DraftKind): Promise<void> {
    const draft = this.state.open[kind];
    if (!draft?.unsaved || draft.data === undefined || !this.store || !this.vault || this.state.conflict === kind) return;
    const saved = await this.store.saveDraft(this.vault, kind, draft.id, draft.data, { expectedRevision: draft.revision });
    if (!saved.ok) {
      if (saved.error.code === 'conflict') return this.set({ conflict: kind });
      return this.set({ fault: saved.error });
    }
    const now = this.state.open[kind];
    if (now?.id !== draft.id) return; // closed or replaced meanwhile
    // Still unsaved if it changed while this write was in flight; the queued write will take it.
    this.setOpen(kind, { ...now, revision: saved.value.revision, unsaved: now.data !== draft.data });
    this.set({ fault: null, savedAt: { ...this.state.savedAt, [kind]: saved.value.updatedAt } });
  }

  /**
   * Without a passphrase, a reload brings back what this tab had open from its encrypted tab copy
   * (per-tab key, src/storage/tab-vault.ts). Said plainly if the copy was there but can no longer be read.
   */
  private async restoreTabCopy(): Promise<Partial<SessionState>> {
    // Nothing kept by this tab before: the key is made on the first save, so a visit that types
    // nothing (or the page right after a wipe) creates no database.
    if (!tabKeyExpected(this.options.storage)) {
      if (!this.options.tabVault) {
        void this.removeStaleTabKeys();
        // The first answer saves the first copy: its code is ready by then, not fetched in that click.
        if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void tabVaultModule().catch(() => undefined), { timeout: 5_000 });
      }
      return { reloadSafe: this.factory() !== undefined && globalThis.crypto?.subtle !== undefined };
    }
    const tab = await this.openTab();
    if (!tab) return { reloadSafe: false };
    this.state = { ...this.state, reloadSafe: true };
    const restored = await tab.restore();
    if (restored.status === 'lost') return { fault: { code: 'evicted', ...statusText.tabCopyLost, detail: 'tab copy' } };
    if (restored.status !== 'restored' || typeof restored.value !== 'object' || restored.value === null) return {};
    const open: SessionState['open'] = { ...this.state.open };
    for (const kind of draftKinds) {
      const data = (restored.value as Partial<Record<DraftKind, unknown>>)[kind];
      if (data !== undefined && !open[kind]) open[kind] = { id: newDraftId(), revision: 0, data, unsaved: true };
    }
    return { open, generation: this.state.generation + 1 };
  }

  /** Closed tabs' keys go at start-up; the vault's code loads only if there are keys to look at. */
  private async removeStaleTabKeys() {
    try {
      const factory = this.factory();
      if (typeof factory?.databases !== 'function' || !(await factory.databases()).some((db) => db.name === TAB_KEY_DB_NAME)) return;
      await (await tabVaultModule()).removeStaleTabKeys();
    } catch {
      // The next start-up tries again; a stale key opens nothing without its tab's sessionStorage.
    }
  }

  private openTab(): Promise<TabVault | null> {
    this.tabOpening ??= (this.options.tabVault ?? (async () => (await tabVaultModule()).openTabVault()))()
      .catch(() => null)
      .then((tab) => {
        this.tab = tab;
        if (!tab && this.state.reloadSafe) this.set({ reloadSafe: false });
        return tab;
      });
    return this.tabOpening;
  }

  /** Replaces the tab copy with what is open now (no passphrase set: the tab's only keeping). */
  private saveTabCopy() {
    if (this.state.mode !== 'no-passphrase') return;
    this.tabWriting = this.tabWriting.then(async () => {
      if (this.state.mode !== 'no-passphrase') return;
      const value = Object.fromEntries(
        Object.entries(this.state.open)
          .filter(([, draft]) => draft.data !== undefined)
          .map(([kind, draft]) => [kind, draft.data]),
      );
      if (Object.keys(value).length === 0) return this.tab?.clear();
      const tab = this.tab ?? (await this.openTab());
      // Saved with the newest content, unless a passphrase was set (or a wipe came) meanwhile.
      if (tab && tab === this.tab && this.state.mode === 'no-passphrase') {
        const newest = Object.fromEntries(
          Object.entries(this.state.open)
            .filter(([, draft]) => draft.data !== undefined)
            .map(([kind, draft]) => [kind, draft.data]),
        );
        await tab.save(newest);
      }
    });
  }

  /** The open drafts and the passphrase's vault went with the rest of the site's storage. */
  private wholeStoreEvicted(): Partial<SessionState> {
    this.forgetOpenIds();
    return { open: { ...this.state.open }, fault: { code: 'evicted', ...statusText.evictedAll, detail: 'whole store' } };
  }

  private openIds(): Partial<Record<DraftKind, string>> {
    try {
      const raw = (this.options.storage ?? globalThis.sessionStorage)?.getItem(OPEN_DRAFTS_KEY);
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      if (typeof parsed !== 'object' || parsed === null) return {};
      return Object.fromEntries(
        Object.entries(parsed).filter(
          ([kind, id]) => (draftKinds as readonly string[]).includes(kind) && typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id),
        ),
      );
    } catch {
      return {};
    }
  }

  /** Releases before encrypted drafts kept the tab's answers in plain text in sessionStorage: remove them. */
  private removeLegacyPlaintext() {
    try {
      for (const key of ['prevent-pathway:concern-journey', 'prevent-pathway:referral']) (this.options.storage ?? globalThis.sessionStorage)?.removeItem(key);
    } catch {
      // Nothing readable, nothing to remove.
    }
  }

  private forgetOpenIds() {
    try {
      (this.options.storage ?? globalThis.sessionStorage)?.removeItem(OPEN_DRAFTS_KEY);
    } catch {
      // Nothing kept, nothing to forget.
    }
  }

  private rememberOpenIds() {
    if (this.state.mode !== 'unlocked' && this.state.mode !== 'locked') return;
    try {
      const ids = Object.fromEntries(Object.entries(this.state.open).map(([kind, draft]) => [kind, draft.id]));
      (this.options.storage ?? globalThis.sessionStorage)?.setItem(OPEN_DRAFTS_KEY, JSON.stringify(ids));
    } catch {
      // Without sessionStorage a reload asks which draft to open (the drafts list) instead.
    }
  }
}

/** The app's one session. */
export const draftSession = new DraftSession();
