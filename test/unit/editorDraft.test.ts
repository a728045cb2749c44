/**
 * The editor's draft in IndexedDB: the v3 upgrade keeps v2 data, edits are saved as they happen
 * and survive a reload of the store, undo/redo move the cursor, and publishing makes a new
 * version (with history) only while the draft's base is still the current version.
 */
import Dexie, { liveQuery } from 'dexie';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadOrg } from '../../src/app/loadOrg';
import { db, DB_NAME, SCHEMA_V1, SCHEMA_V2 } from '../../src/db/database';
import { createDraft, getDraft, getDraftHeader } from '../../src/db/draftRepository';
import { publishStoredDraft } from '../../src/editing/publishDraft';
import { listVersionInfos } from '../../src/db/importRepository';
import { getCurrent, getCurrentMeta, saveSettings, saveVersion } from '../../src/db/orgRepository';
import { LiveChecks } from '../../src/domain/editing/liveChecks';
import { buildOrgIndex } from '../../src/domain/orgIndex';
import * as ops from '../../src/domain/editing/operations';
import type { OrgData } from '../../src/domain/types';
import { validateOrg } from '../../src/domain/validate';
import { draftSaved, startDraftSync, useEditorStore } from '../../src/store/editorStore';
import { useEditModeStore } from '../../src/store/editModeStore';
import { useOrgStore } from '../../src/store/orgStore';
import { startOrgSync } from '../../src/store/orgSync';

// `getCurrent` counted: the tab sync must not read back a version this tab just published.
vi.mock('../../src/db/orgRepository', async (original) => {
  const actual = await original<typeof import('../../src/db/orgRepository')>();
  return { ...actual, getCurrent: vi.fn(actual.getCurrent) };
});

const SAMPLE = validateOrg(JSON.parse(readFileSync('test/fixtures/valid/small-org.json', 'utf8')))
  .data as OrgData;

const info = { source: 'remote' as const, sourceUrl: 'org.json', hash: 'h' };

async function startWithSample() {
  const meta = await saveVersion(SAMPLE, info);
  useOrgStore.getState().setData(SAMPLE, meta);
  useEditorStore.setState(useEditorStore.getInitialState());
  await useEditorStore.getState().setEditing(true);
  return meta;
}

const editor = () => useEditorStore.getState();
// The queued draft writes are stored. Counting 20 timer ticks instead failed once under load
// (the stored cursor was still 3: the undo's write had not run yet).
const settle = () => draftSaved();

beforeEach(async () => {
  db.close();
  await Dexie.delete(DB_NAME);
  await db.open();
});
afterAll(() => db.close());
afterEach(() => vi.unstubAllGlobals());

/** Serves a changed org file at every URL, so a start-up refresh would take it if it ran. */
function serveChangedFile(): string[] {
  const calls: string[] = [];
  const changed = JSON.stringify({ ...SAMPLE, organisation: { name: 'Changed at the source' } });
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      calls.push(url);
      return Promise.resolve(new Response(changed, { status: 200 }));
    }),
  );
  return calls;
}

/** A reload: a fresh page state, then the start-up loader. */
async function reload() {
  useOrgStore.setState(useOrgStore.getInitialState(), true);
  const { refresh } = await loadOrg('');
  await refresh;
}

describe('database v3', () => {
  it('keeps version-2 data when the draft tables are added', async () => {
    db.close();
    await Dexie.delete(DB_NAME);
    const v2 = new Dexie(DB_NAME);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    const id = await v2.table('versions').add({
      createdAt: '2026-01-01T00:00:00.000Z',
      source: 'remote',
      sourceUrl: 'org.json',
      hash: 'abc',
      data: SAMPLE,
    });
    await v2.table('meta').put({
      key: 'current',
      versionId: id,
      sourceUrl: 'org.json',
      hash: 'abc',
      loadedAt: '2026-01-01T00:00:00.000Z',
      formatVersion: SAMPLE.formatVersion,
    });
    await v2.table('progress').put({ key: 'onboarding:ceo', done: ['a'], updatedAt: 'x' });
    v2.close();
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect((await getCurrent())?.data).toEqual(SAMPLE);
    expect(await db.progress.get('onboarding:ceo')).toMatchObject({ done: ['a'] });
    expect(await getDraft()).toBeUndefined();
  });
});

describe('editor draft', () => {
  it('saves each edit, survives a reload, undoes and redoes', async () => {
    await startWithSample();
    const draft = () => editor().draft!;
    expect(editor().apply(ops.addTopic(draft(), { name: { en: 'Parking', fr: 'Parking' } }))).toBe(
      true,
    );
    editor().apply(ops.setRaci(draft(), 'ceo', 'topic-parking', 'A'));
    expect(
      editor()
        .checks!.problemsOf(draft(), 'topics', 'topic-parking')
        .map((p) => p.code),
    ).toEqual(['raci-no-responsible']);
    editor().apply(ops.setRaci(draft(), 'hr-head', 'topic-parking', 'R'));
    expect(editor().checks!.problemsOf(draft(), 'topics', 'topic-parking')).toEqual([]);
    editor().undo();
    expect(editor().checks!.problemsOf(draft(), 'topics', 'topic-parking')).toHaveLength(1);
    // Not "saved" until IndexedDB has every write (the banner says "saving…" meanwhile).
    expect(editor().saving).toBeGreaterThan(0);
    await settle();
    expect(editor().saving).toBe(0);
    const stored = await getDraft();
    expect(stored?.draft).toMatchObject({ cursor: 2, count: 3 });

    // A reload: a fresh store reads the draft back, redo still possible.
    useEditorStore.setState(useEditorStore.getInitialState());
    await editor().setEditing(true);
    expect(editor().cursor).toBe(2);
    expect(draft().data.topics.some((t) => t.id === 'topic-parking')).toBe(true);
    editor().redo();
    expect(draft().data.positions.find((p) => p.id === 'hr-head')?.responsibilities).toContainEqual(
      {
        topicId: 'topic-parking',
        role: 'R',
      },
    );
  });

  it("patches the views' index of the draft after each edit, undo and redo, never rebuilds it", async () => {
    await startWithSample();
    // Opening a draft equal to the published data shows the published index as it is.
    await vi.waitFor(() =>
      expect(useEditModeStore.getState().draftIndex).toBe(useOrgStore.getState().index),
    );
    const shown = () => useEditModeStore.getState().draftIndex!;
    /** Waits for the index of the draft now, and checks it against a rebuild. */
    const caughtUp = async () => {
      await vi.waitFor(() => expect(shown().data).toBe(editor().draft?.data));
      const rebuilt = buildOrgIndex(editor().draft!.data);
      expect(shown().raciByTopic).toEqual(rebuilt.raciByTopic);
      expect(shown().reportsOf).toEqual(rebuilt.reportsOf);
      expect(shown().rootPositionIds).toEqual(rebuilt.rootPositionIds);
      expect([...shown().positionById]).toEqual([...rebuilt.positionById]);
    };
    const published = shown();
    editor().apply(ops.setRaci(editor().draft!, 'ceo', 'payslip', 'A'));
    await caughtUp();
    expect(shown().raciByTopic.get('payslip')).toContainEqual({ positionId: 'ceo', role: 'A' });
    // Patched, not rebuilt: what the letter does not touch is the published index's own.
    expect(shown().reportsOf).toBe(published.reportsOf);
    expect(shown().positionsOfPerson).toBe(published.positionsOfPerson);
    // Two edits in one task: one patch.
    editor().apply(ops.movePosition(editor().draft!, 'helpdesk-agent', 'cfo'));
    editor().apply(ops.setRaci(editor().draft!, 'cfo', 'payslip', 'C'));
    await caughtUp();
    expect(shown().reportsOf.get('cfo')).toContain('helpdesk-agent');
    expect(shown().positionsOfPerson).toBe(published.positionsOfPerson);
    editor().undo();
    await caughtUp();
    editor().redo();
    await caughtUp();
    expect(shown().unitById).toBe(published.unitById);
  });

  it('publishes the draft as a new version with its history entry', async () => {
    const base = await startWithSample();
    editor().apply(ops.setField(editor().draft!, 'positions', 'ceo', 'purpose', 'Lead'));
    // The views' index of the draft, built after the edit's frame, is the published data's.
    await vi.waitFor(() =>
      expect(useEditModeStore.getState().draftIndex?.data).toBe(editor().draft?.data),
    );
    const draftIndex = useEditModeStore.getState().draftIndex;
    const published = await editor().publish();
    expect(published?.meta.versionId).toBeGreaterThan(base.versionId);
    expect(useOrgStore.getState().index).toBe(draftIndex);
    const current = await getCurrent();
    expect(current?.data.positions.find((p) => p.id === 'ceo')?.purpose).toBe('Lead');
    expect(useOrgStore.getState().meta?.versionId).toBe(published?.meta.versionId);
    expect(await getDraft()).toBeUndefined();
    const history = await listVersionInfos();
    expect(history[0]).toMatchObject({ source: 'editor' });
    expect(history[0]?.changes?.positions.changed).toBe(1);
    expect(await published!.file.text()).toContain('"purpose":"Lead"');
  });

  it('refuses edits, undo and redo while publishing: the publish would clear them', async () => {
    await startWithSample();
    editor().apply(ops.setField(editor().draft!, 'positions', 'ceo', 'purpose', 'Lead'));
    const publishing = editor().publish();
    expect(editor().busy).toBe('publishing');
    const late = ops.setField(editor().draft!, 'positions', 'ceo', 'purpose', 'Too late');
    expect(editor().apply(late)).toBe(false);
    expect(editor().message).toEqual({ kind: 'warning', key: 'editor.refused.busy' });
    editor().undo();
    expect(editor().cursor).toBe(1);
    const published = await publishing;
    expect(published).toBeDefined();
    expect((await getCurrent())?.data.positions.find((p) => p.id === 'ceo')?.purpose).toBe('Lead');
    expect(editor().draft?.data.positions.find((p) => p.id === 'ceo')?.purpose).toBe('Lead');
    // Once published, editing goes on.
    expect(editor().apply(late)).toBe(true);
  });

  it("another tab's publish moves this tab to the published version, never back to the old one", async () => {
    const base = await startWithSample();
    editor().apply(ops.setField(editor().draft!, 'positions', 'ceo', 'purpose', 'Lead'));
    await settle();
    // Another tab publishes the stored draft; this tab's org store still shows the old version
    // (its org sync follows a moment later, a long moment at 100k people).
    const published = await publishStoredDraft(new Date().toISOString());
    expect(useOrgStore.getState().meta?.versionId).toBe(base.versionId);
    await editor().syncFromDb();
    expect(editor().baseVersionId).toBe(published.meta.versionId);
    expect(editor().message).toMatchObject({
      key: 'editor.publishedElsewhere',
      values: { version: published.meta.versionId },
    });
    expect(editor().edits).toEqual([]);
    expect(editor().draft?.data.positions.find((p) => p.id === 'ceo')?.purpose).toBe('Lead');
    // The next edit is a draft on the published version.
    editor().apply(ops.setField(editor().draft!, 'positions', 'cfo', 'purpose', 'Count'));
    await settle();
    expect((await getDraft())?.draft.baseVersionId).toBe(published.meta.versionId);
  });

  it('never starts a draft on a version another tab replaced: the tab moves to the current one', async () => {
    const base = await startWithSample();
    // Another tab makes a new version current before this tab's first edit is stored.
    const newer = await saveVersion({ ...SAMPLE, organisation: { name: 'Newer' } }, info);
    await expect(createDraft(base.versionId, 'other-tab')).rejects.toThrow(/stored data changed/);
    editor().apply(ops.setField(editor().draft!, 'positions', 'ceo', 'purpose', 'Lead'));
    await settle();
    await vi.waitFor(() => expect(editor().baseVersionId).toBe(newer.versionId));
    await vi.waitFor(() => expect(editor().opening).toBe(false));
    expect(await getDraft()).toBeUndefined();
    expect(editor().draft?.data.organisation.name).toBe('Newer');
    editor().apply(ops.setField(editor().draft!, 'positions', 'ceo', 'purpose', 'Lead'));
    await settle();
    expect((await getDraft())?.draft.baseVersionId).toBe(newer.versionId);
  });

  it('publishing with the tab syncs running reads nothing back and keeps the published draft', async () => {
    const syncs = [startOrgSync(), startDraftSync()];
    try {
      const base = await startWithSample();
      editor().apply(ops.setField(editor().draft!, 'positions', 'ceo', 'purpose', 'Lead'));
      await settle();
      // As at 100k people, the page's index of the published data is still being built when the
      // tab syncs hear of the commit (the new current version, the deleted draft): it waits here
      // until a later subscriber of the same tables has heard of it too.
      const heard = new Promise<void>((resolve) => {
        const seen = liveQuery(async () => ({
          meta: await getCurrentMeta(),
          header: await getDraftHeader(),
        })).subscribe(({ meta, header }) => {
          if (meta?.versionId === base.versionId || header) return;
          setTimeout(() => seen.unsubscribe());
          resolve();
        });
      });
      const setDataInSlices = useOrgStore.getState().setDataInSlices;
      useOrgStore.setState({
        setDataInSlices: async (data, meta) => {
          await heard;
          // The org sync re-reads on its own schedule: up to 1 s for it to read (it must not).
          await vi.waitFor(() => expect(getCurrent).toHaveBeenCalled(), 1000).catch(() => {});
          await setDataInSlices(data, meta);
        },
      });
      vi.mocked(getCurrent).mockClear();
      const rebuilt = vi.spyOn(LiveChecks.prototype, 'buildSteps');
      const published = await editor().publish();
      await settle();
      await vi.waitFor(() => expect(editor().opening).toBe(false));
      // Neither the data nor the draft was read back, nor the checks rebuilt for the whole draft.
      expect(getCurrent).not.toHaveBeenCalled();
      expect(rebuilt).not.toHaveBeenCalled();
      expect(editor().baseVersionId).toBe(published?.meta.versionId);
      expect(editor().draft?.data.positions.find((p) => p.id === 'ceo')?.purpose).toBe('Lead');
    } finally {
      for (const sync of syncs) sync.unsubscribe();
      vi.restoreAllMocks();
      useOrgStore.setState({ setDataInSlices: useOrgStore.getInitialState().setDataInSlices });
    }
  });

  it('stores the published version as HR data: a reload keeps it current, even when the demo changed', async () => {
    await startWithSample();
    editor().apply(ops.setField(editor().draft!, 'positions', 'ceo', 'purpose', 'Lead'));
    editor().setNote('Purpose of the CEO');
    const published = await editor().publish();
    expect(published?.meta.sourceUrl).toBe('editor:Purpose of the CEO');
    expect((await listVersionInfos())[0]).toMatchObject({ sourceUrl: 'editor:Purpose of the CEO' });
    const calls = serveChangedFile();
    await reload();
    expect(calls).toEqual([]);
    expect(useOrgStore.getState().meta?.versionId).toBe(published?.meta.versionId);
    expect(useOrgStore.getState().data?.positions.find((p) => p.id === 'ceo')?.purpose).toBe(
      'Lead',
    );
    expect((await getCurrent())?.data.organisation.name).toEqual(SAMPLE.organisation.name);
  });

  it('a reload after publish keeps it current over the saved URL source it was drafted from', async () => {
    const url = 'https://intranet.example/org.json';
    await saveSettings({ sourceUrl: url });
    const meta = await saveVersion(SAMPLE, { ...info, sourceUrl: url });
    useOrgStore.getState().setData(SAMPLE, meta);
    useEditorStore.setState(useEditorStore.getInitialState());
    await editor().setEditing(true);
    editor().apply(ops.setField(editor().draft!, 'positions', 'ceo', 'purpose', 'Lead'));
    const published = await editor().publish();
    const calls = serveChangedFile();
    await reload();
    expect(calls).toEqual([]);
    const s = useOrgStore.getState();
    expect(s.meta?.versionId).toBe(published?.meta.versionId);
    expect(s.data?.organisation.name).toEqual(SAMPLE.organisation.name);
    expect(s.notFollowed).toBe(url);
  });

  it('refuses to publish over a version made current since the draft started', async () => {
    await startWithSample();
    editor().apply(ops.setField(editor().draft!, 'positions', 'ceo', 'purpose', 'Lead'));
    await settle();
    await saveVersion({ ...SAMPLE, organisation: { name: 'Other tab' } }, info);
    await editor().publish();
    expect(editor().message?.key).toBe('editor.stale');
    expect((await getCurrent())?.data.organisation.name).toBe('Other tab');
    expect((await getDraft())?.edits).toHaveLength(1);
    // Rebasing replays the edit onto the current version; then publishing works.
    await editor().rebase();
    expect(editor().draft?.data.organisation.name).toBe('Other tab');
    await editor().publish();
    expect((await getCurrent())?.data.positions.find((p) => p.id === 'ceo')?.purpose).toBe('Lead');
  });

  it('refuses to publish a draft with errors and keeps it', async () => {
    await startWithSample();
    editor().apply(ops.setField(editor().draft!, 'positions', 'ceo', 'reportsTo', 'nowhere'));
    expect(editor().checks!.errorCount).toBe(1);
    await editor().publish();
    expect(editor().message?.key).toBe('editor.hasErrors');
    expect((await getDraft())?.edits).toHaveLength(1);
  });
});
