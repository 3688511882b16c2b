import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../../electron/shared/contract.ts';
import { createSenderCheck, registerHandlers, type IpcEventLike } from '../../../electron/main/ipc/register.ts';
import { VALIDATORS } from '../../../electron/main/ipc/validate.ts';
import { createMainServices } from '../../../electron/main/services/index.ts';
import { makeDeck, testCodec } from './_helpers/codec.ts';
import { recordingPlatform } from './_helpers/platform.ts';
import { useTempDirs } from './_helpers/tmp.ts';

const tempDir = useTempDirs();
const OWN: IpcEventLike = { sender: { id: 1 }, senderFrame: { url: 'app://briefdeck/index.html' } };
const FOREIGN_ID: IpcEventLike = { sender: { id: 99 }, senderFrame: { url: 'app://briefdeck/index.html' } };
const FOREIGN_ORIGIN: IpcEventLike = { sender: { id: 1 }, senderFrame: { url: 'https://evil.example/index.html' } };

/** A well-formed argument list per channel, so a refusal can only come from the sender check. */
function validArgs(channel: InvokeChannel): unknown[] {
  const deck = makeDeck('x');
  const table: Record<InvokeChannel, unknown[]> = {
    'app:info': [],
    'deck:open': [{ path: '/tmp/x.briefdeck' }],
    'deck:save': [{ deck, path: '/tmp/x.briefdeck', expectedMtimeMs: null }],
    'deck:revert': [{ path: '/tmp/x.briefdeck' }],
    'deck:import': [{ path: '/tmp/x.md' }],
    'recent:list': [],
    'recovery:write': [{ docId: 'd1', deck, path: null }],
    'recovery:clear': [{ docId: 'd1' }],
    'recovery:list': [],
    'recovery:restore': [{ id: 'd1' }],
    'recovery:discard': [{ id: 'd1' }],
    'export:run': [{ deck, format: 'html' }],
    'present:start': [{ deck, startSectionId: null }],
    'present:stop': [],
    'image:pick': [],
    'doc:state': [{ name: 'x', dirty: true }],
    'shell:open-external': ['https://example.org/'],
    'present:session': [],
    'present:control': [{ type: 'next' }],
    'ui:set-lang': ['ko'],
    'spell:check': ['word'],
    'spell:add': ['word'],
    'edit:paste': [],
  };
  return table[channel];
}

async function setup() {
  const dir = await tempDir();
  const platform = recordingPlatform(dir);
  const slides = {
    renderSlides: (d: { sections: { id: string }[] }) => [{ key: 'title', sectionId: null, html: '<section>t</section>' }, ...d.sections.map((s) => ({ key: s.id, sectionId: s.id, html: `<section>${s.id}</section>` }))],
    revealConfig: () => ({ hash: false }),
    themeCss: () => '.reveal{}',
  };
  const services = createMainServices(platform, { codec: testCodec, compile: (d) => `<html>${d.meta.title}</html>`, slides });
  const calls: string[] = [];
  // Wrap every handler to record that it ran.
  const handlers = Object.fromEntries(
    Object.entries(services.handlers).map(([ch, fn]) => [ch, (...a: unknown[]) => (calls.push(ch), (fn as (...x: unknown[]) => unknown)(...a))]),
  ) as typeof services.handlers;
  const registered = new Map<string, (event: IpcEventLike, ...args: unknown[]) => unknown>();
  registerHandlers({ handle: (ch, fn) => registered.set(ch, fn) }, handlers, createSenderCheck(() => new Set([1]), 'app://briefdeck'));
  const invoke = (event: IpcEventLike, channel: string, ...args: unknown[]) => Promise.resolve(registered.get(channel)!(event, ...args));
  return { dir, platform, calls, registered, invoke };
}

describe('IPC registration', () => {
  it('registers exactly the contract channels', async () => {
    const { registered } = await setup();
    expect([...registered.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  for (const channel of INVOKE_CHANNELS) {
    it(`${channel}: a foreign sender is rejected and the handler never runs`, async () => {
      const { invoke, calls } = await setup();
      await expect(invoke(FOREIGN_ID, channel, ...validArgs(channel))).rejects.toThrow(/not a Briefdeck window/);
      await expect(invoke(FOREIGN_ORIGIN, channel, ...validArgs(channel))).rejects.toThrow(/not a Briefdeck window/);
      await expect(invoke({ sender: { id: 1 }, senderFrame: null }, channel, ...validArgs(channel))).rejects.toThrow(/not a Briefdeck window/);
      expect(calls).toEqual([]);
    });
  }

  for (const channel of INVOKE_CHANNELS) {
    it(`${channel}: the app's own window gets through with a valid payload`, async () => {
      const { invoke, calls } = await setup();
      await invoke(OWN, channel, ...validArgs(channel));
      expect(calls).toEqual([channel]);
    });
  }

  it('rejects malformed payloads before any handler runs', async () => {
    const { invoke, calls } = await setup();
    const bad: [string, unknown[]][] = [
      ['deck:open', [{ path: 5 }]],
      ['deck:open', ['just a string']],
      ['deck:save', [{ deck: 'not a deck', path: null }]],
      ['deck:save', [{ deck: {}, path: '/x\0y' }]],
      ['export:run', [{ deck: {}, format: 'xlsx' }]],
      ['export:run', [{ deck: {}, format: 'pdf', pdfLayout: 'poster' }]],
      ['doc:state', [{ name: 'x' }]],
      ['present:control', [{ type: 'rm -rf' }]],
      ['present:control', [{ type: 'goto', index: 1.5 }]],
      ['app:info', ['extra']],
      ['shell:open-external', [42]],
    ];
    for (const [channel, args] of bad) await expect(invoke(OWN, channel, ...args), channel).rejects.toThrow(/expected/);
    expect(calls).toEqual([]);
  });

  it('every channel has a validator', () => {
    expect(Object.keys(VALIDATORS).sort()).toEqual([...INVOKE_CHANNELS].sort());
  });
});

describe('handlers', () => {
  it('open → save → save-as through dialogs, with recent files updated', async () => {
    const { invoke, dir, platform } = await setup();
    const path = join(dir, 'a.briefdeck');
    await writeFile(path, testCodec.serialize(makeDeck('disk')));
    platform.answers.open.push(path);
    const opened = (await invoke(OWN, 'deck:open', { path: null })) as { ok: boolean; mtimeMs: number };
    expect(opened).toMatchObject({ ok: true, name: 'a.briefdeck' });
    const saved = await invoke(OWN, 'deck:save', { deck: makeDeck('edit'), path, expectedMtimeMs: opened.mtimeMs });
    expect(saved).toMatchObject({ ok: true, path });
    const other = join(dir, 'b.briefdeck');
    platform.answers.save.push(other);
    expect(await invoke(OWN, 'deck:save', { deck: makeDeck('copy'), path: null, expectedMtimeMs: null })).toMatchObject({ ok: true, path: other });
    expect(((await invoke(OWN, 'recent:list')) as { name: string }[]).map((f) => f.name)).toEqual(['b.briefdeck', 'a.briefdeck']);
    expect(await invoke(OWN, 'deck:save', { deck: makeDeck('x'), path: null, expectedMtimeMs: null })).toMatchObject({ ok: false, code: 'canceled' });
  });

  it('a recent file that no longer exists is dropped from the list when opening it fails', async () => {
    const { invoke, dir } = await setup();
    const gone = join(dir, 'gone.briefdeck');
    const kept = join(dir, 'kept.briefdeck');
    await writeFile(gone, testCodec.serialize(makeDeck('gone')));
    await writeFile(kept, testCodec.serialize(makeDeck('kept')));
    expect(await invoke(OWN, 'deck:open', { path: gone })).toMatchObject({ ok: true });
    expect(await invoke(OWN, 'deck:open', { path: kept })).toMatchObject({ ok: true });
    await rm(gone);
    expect(await invoke(OWN, 'deck:open', { path: gone })).toMatchObject({ ok: false });
    expect(((await invoke(OWN, 'recent:list')) as { name: string }[]).map((f) => f.name)).toEqual(['kept.briefdeck']);
    // A file that exists but fails to open (corrupt) stays listed: the user may want to fix it.
    await writeFile(kept, '{ not json');
    expect(await invoke(OWN, 'deck:open', { path: kept })).toMatchObject({ ok: false });
    expect(((await invoke(OWN, 'recent:list')) as { name: string }[]).map((f) => f.name)).toEqual(['kept.briefdeck']);
  });

  it('adds the extension a Linux save dialog leaves off, and never replaces a file the dialog did not show', async () => {
    const { invoke, dir, platform } = await setup();
    platform.answers.save.push(join(dir, 'brief'));
    expect(await invoke(OWN, 'deck:save', { deck: makeDeck('x'), path: null, expectedMtimeMs: null })).toMatchObject({ ok: true, path: join(dir, 'brief.briefdeck'), name: 'brief.briefdeck' });
    platform.answers.export.push(join(dir, 'brief'));
    expect(await invoke(OWN, 'export:run', { deck: makeDeck('x'), format: 'pdf' })).toMatchObject({ ok: true, path: join(dir, 'brief.pdf') });
    // "brief" again: the dialog asked about replacing "brief", not the existing brief.briefdeck.
    const before = await readFile(join(dir, 'brief.briefdeck'), 'utf8');
    platform.answers.save.push(join(dir, 'brief'));
    const refused = await invoke(OWN, 'deck:save', { deck: makeDeck('y'), path: null, expectedMtimeMs: null });
    expect(refused).toMatchObject({ ok: false, code: 'conflict' });
    expect((refused as { message: string }).message).toMatch(/^brief\.briefdeck already exists/);
    expect(await readFile(join(dir, 'brief.briefdeck'), 'utf8')).toBe(before);
    platform.answers.export.push(join(dir, 'brief'));
    expect(await invoke(OWN, 'export:run', { deck: makeDeck('x'), format: 'pdf' })).toMatchObject({ ok: false, code: 'conflict' });
    expect((await readdir(dir)).filter((n) => n.startsWith('brief')).sort()).toEqual(['brief.briefdeck', 'brief.pdf']);
  });

  it('writes only to paths this session opened, saved through a dialog or restored', async () => {
    const { invoke, dir, platform } = await setup();
    const victim = join(dir, 'victim.briefdeck');
    await writeFile(victim, 'someone else’s file');
    expect(await invoke(OWN, 'deck:save', { deck: makeDeck('x'), path: victim, expectedMtimeMs: null, overwrite: true })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await invoke(OWN, 'deck:revert', { path: victim })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await invoke(OWN, 'deck:open', { path: join(dir, 'notes.txt') })).toMatchObject({ ok: false, code: 'unsupported' });
    expect(await readFile(victim, 'utf8')).toBe('someone else’s file');

    // Restored from the journal: its path becomes writable.
    const restoredPath = join(dir, 'restored.briefdeck');
    await invoke(OWN, 'recovery:write', { docId: 'r1', deck: makeDeck('r'), path: restoredPath });
    expect(await invoke(OWN, 'recovery:restore', { id: 'r1' })).toMatchObject({ ok: true, path: restoredPath });
    expect(await invoke(OWN, 'deck:save', { deck: makeDeck('r2'), path: restoredPath, expectedMtimeMs: null })).toMatchObject({ ok: true });

    // Chosen in the dialog (a name without the extension gets it): writable from then on.
    platform.answers.save.push(join(dir, 'chosen'));
    const chosen = await invoke(OWN, 'deck:save', { deck: makeDeck('c'), path: null, expectedMtimeMs: null });
    expect(chosen).toMatchObject({ ok: true, path: join(dir, 'chosen.briefdeck') });
    const again = await invoke(OWN, 'deck:save', { deck: makeDeck('c2'), path: join(dir, 'chosen.briefdeck'), expectedMtimeMs: (chosen as { mtimeMs: number }).mtimeMs });
    expect(again).toMatchObject({ ok: true });

    // A journal entry naming a non-deck path does not make that path writable.
    const bashrc = join(dir, '.bashrc');
    await writeFile(bashrc, 'export PATH');
    await invoke(OWN, 'recovery:write', { docId: 'evil', deck: makeDeck('e'), path: bashrc });
    await invoke(OWN, 'recovery:restore', { id: 'evil' });
    expect(await invoke(OWN, 'deck:save', { deck: makeDeck('e'), path: bashrc, expectedMtimeMs: null, overwrite: true })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await readFile(bashrc, 'utf8')).toBe('export PATH');
  });

  it('a failed save reports one line and leaves the recovery copy in place', async () => {
    const { invoke, dir, platform } = await setup();
    await invoke(OWN, 'recovery:write', { docId: 'work', deck: makeDeck('unsaved'), path: null });
    platform.answers.save.push(join(dir, 'vanished-folder', 'brief.briefdeck'));
    const result = await invoke(OWN, 'deck:save', { deck: makeDeck('unsaved'), path: null, expectedMtimeMs: null });
    expect(result).toMatchObject({ ok: false, code: 'io' });
    expect((result as { message: string }).message).toMatch(/^Could not save brief\.briefdeck: the file or its folder no longer exists\.$/);
    expect(((await invoke(OWN, 'recovery:list')) as { id: string }[]).map((d) => d.id)).toEqual(['work']);
  });

  it('recovery:list turns corrupt entries into notices', async () => {
    const { invoke, dir, platform } = await setup();
    await invoke(OWN, 'recovery:write', { docId: 'good', deck: makeDeck('g'), path: null });
    await writeFile(join(dir, 'recovery', 'bad.json'), '{');
    expect(((await invoke(OWN, 'recovery:list')) as { id: string }[]).map((d) => d.id)).toEqual(['good']);
    expect(platform.notices).toHaveLength(1);
  });

  it('recovery:list words its notice in the UI language (Korean here)', async () => {
    const { invoke, dir, platform } = await setup();
    await invoke(OWN, 'ui:set-lang', 'ko');
    await invoke(OWN, 'recovery:write', { docId: 'good', deck: makeDeck('g'), path: null });
    await writeFile(join(dir, 'recovery', 'bad.json'), '{');
    await invoke(OWN, 'recovery:list');
    expect(platform.notices).toHaveLength(1);
    expect(JSON.stringify(platform.notices[0])).toMatch(/^"복구용 사본\(bad\.json\)을 읽을 수 없어 따로 옮겨 두었습니다\. .*[가-힣].*\."$/);
  });

  it('shell:open-external passes only https/mailto to the platform', async () => {
    const { invoke, platform } = await setup();
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'http://plain.example', 'smb://host/share', 'https://user:pw@x.example']) {
      expect(await invoke(OWN, 'shell:open-external', url)).toMatchObject({ ok: false, code: 'unsupported' });
    }
    expect(await invoke(OWN, 'shell:open-external', 'https://www.example.org/a?b=c')).toMatchObject({ ok: true });
    expect(await invoke(OWN, 'shell:open-external', 'mailto:desk@example.org')).toMatchObject({ ok: true });
    expect(platform.external).toEqual(['https://www.example.org/a?b=c', 'mailto:desk@example.org']);
  });

  it('doc:state sets the window title with the unsaved marker', async () => {
    const { invoke, platform } = await setup();
    await invoke(OWN, 'doc:state', { name: 'brief.briefdeck', dirty: true });
    await invoke(OWN, 'doc:state', { name: 'brief.briefdeck', dirty: false });
    expect(platform.titles).toEqual(['• brief.briefdeck — Briefdeck', 'brief.briefdeck — Briefdeck']);
    expect(platform.dirtyMarks).toEqual([true, false]);
  });

  it("doc:state answers main's save-before-close wait; silence times out as null", async () => {
    const dir = await tempDir();
    const platform = recordingPlatform(dir);
    const services = createMainServices(platform, { codec: testCodec, compile: () => '', slides: { renderSlides: () => [], revealConfig: () => ({}), themeCss: () => '' } });
    const reply = services.doc.nextReport(1000);
    await services.handlers['doc:state']({ senderId: 1 }, { name: 'a.briefdeck', dirty: false });
    expect(await reply).toEqual({ name: 'a.briefdeck', dirty: false });
    expect(await services.doc.nextReport(20)).toBeNull();
  });

  it('export:run writes the file the dialog chose and reports progress to the editor', async () => {
    const { invoke, dir, platform } = await setup();
    platform.answers.export.push(join(dir, 'out.html'));
    expect(await invoke(OWN, 'export:run', { deck: makeDeck('x'), format: 'html' })).toMatchObject({ ok: true, path: join(dir, 'out.html') });
    expect(platform.sent.filter((s) => s.channel === 'export:progress').length).toBeGreaterThan(2);
  });

  it('present: start, drive, black screen, end', async () => {
    const { invoke, platform } = await setup();
    expect(await invoke(OWN, 'present:start', { deck: makeDeck('x', 200_000), startSectionId: 's1' })).toMatchObject({ ok: true });
    const session = (await invoke(OWN, 'present:session')) as { state: { index: number; count: number } };
    expect(session.state).toMatchObject({ index: 2, count: 4 });
    await invoke(OWN, 'present:control', { type: 'next' });
    await invoke(OWN, 'present:control', { type: 'next' });
    await invoke(OWN, 'present:control', { type: 'blank' });
    const states = platform.sent.filter((s) => s.channel === 'present:state' && s.role === 'audience').map((s) => s.payload as { index: number; blank: boolean });
    expect(states.map((s) => [s.index, s.blank])).toEqual([
      [3, false],
      [3, false],
      [3, true],
    ]);
    await invoke(OWN, 'present:control', { type: 'end' });
    expect(platform.closed).toBe(1);
    expect(await invoke(OWN, 'present:session')).toBeNull();
    expect(platform.sent.filter((s) => s.channel === 'present:ended').map((s) => s.role)).toEqual(['editor']);
  });

  it('present: the audience goes to the chosen display', async () => {
    const dir = await tempDir();
    const platform = recordingPlatform(dir, [
      { id: 1, label: 'Laptop', primary: true, bounds: { x: 0, y: 0, width: 1440, height: 900 } },
      { id: 2, label: 'Projector', primary: false, bounds: { x: 1440, y: 0, width: 1280, height: 720 } },
    ]);
    const services = createMainServices(platform, {
      codec: testCodec,
      compile: () => '',
      slides: { renderSlides: () => [{ key: 't', sectionId: null, html: '<section></section>' }], revealConfig: () => ({}), themeCss: () => '' },
    });
    await services.handlers['present:start']({ senderId: 1 }, { deck: makeDeck('x'), startSectionId: null });
    await services.handlers['present:start']({ senderId: 1 }, { deck: makeDeck('x'), startSectionId: null, displayId: 1 });
    expect(platform.plans.map((p) => [p.audience.label, p.presenter.label])).toEqual([
      ['Projector', 'Laptop'],
      ['Laptop', 'Projector'],
    ]);
    expect(await services.handlers['present:start']({ senderId: 1 }, { deck: { sections: 'x' } as never, startSectionId: null })).toMatchObject({ ok: false, code: 'invalid' });
  });
});
