// A whole practice in each engine, in real time (the shortest one the app offers: three balloon
// breaths, about 21 s), as a family does it: check-in, start, pause and go on, the end, the
// check-in after, kept in the log and shown on Progress. (Chromium runs every exercise with
// Playwright's clock in tests/e2e/calm.test.mjs; here the engine's own clock and frames run it.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eachEngine } from './journeys.mjs';

const cue = (tab) => tab.run(() => document.querySelector('[data-testid="cue"]')?.textContent ?? null);

async function checkIn(tab, { feeling, size, calm }) {
  await tab.click(feeling, { role: 'button', within: { role: 'group', name: 'How are you feeling?' } });
  await tab.click(size, { role: 'button', within: { role: 'group', name: 'How big is the feeling?' } });
  await tab.click(String(calm), { role: 'button', within: { role: 'group', name: 'Grown-up: how calm do you feel?' } });
  await tab.click('Next', { role: 'button' });
}

eachEngine((session) => {
  test('three balloon breaths from the first check-in to "We did it together", kept in the log and on Progress', () => session.tab(async (tab) => {
    await tab.go('/calm');
    await tab.click('Balloon breathing', { role: 'link', starts: true });
    await tab.ready('/calm/balloon');
    await tab.see('Grown-up first', { role: 'heading' });
    await tab.waitForText('If anyone feels dizzy or tingly, stop and breathe normally.');
    await tab.click('Skip', { role: 'button' });

    await tab.see('Before we start', { role: 'heading' });
    await checkIn(tab, { feeling: 'Worried', size: 'Big', calm: 2 });
    await tab.click('3 breaths', { role: 'button' });
    await tab.click('Start', { role: 'button' });
    assert.equal(await cue(tab), 'Fill the balloon');
    await tab.waitFor(() => document.querySelector('[data-testid="cue"]')?.textContent === 'Let the air out slowly', [], 'the first out-breath', 6_000);
    await tab.waitForText(/Breath 1 of 3/);

    await tab.click('Pause', { role: 'button' });
    assert.match(await cue(tab), /Paused/);
    await tab.click('Keep going', { role: 'button' });
    await tab.waitFor(() => !/Paused/.test(document.querySelector('[data-testid="cue"]')?.textContent), [], 'the practice to go on');

    // The app's own timing: the rest of three breaths, about 18 s.
    await tab.see('How are we now?', { role: 'heading', timeout: 40_000 });
    await checkIn(tab, { feeling: 'Calm', size: 'Small', calm: 4 });
    await tab.see('We did it together.', { role: 'heading' });
    await tab.click('Done', { role: 'button' });
    await tab.ready('/calm');

    await tab.flush();
    const log = JSON.parse(await tab.stored('calm-together.practice-log')).data.practices;
    assert.equal(log.length, 1);
    const [practice] = log;
    assert.equal(practice.exercise, 'balloon');
    assert.equal(practice.ending, 'completed');
    assert.deepEqual(practice.before, { feeling: 'worried', size: 4, grown_up_calm: 2 });
    assert.deepEqual(practice.after, { feeling: 'calm', size: 2, grown_up_calm: 4 });
    assert.ok(practice.ended_at - practice.started_at >= 18_000, `it lasted three breaths: ${practice.ended_at - practice.started_at} ms`);

    await tab.go('/progress');
    await tab.waitForText(/1\s*practice this week/);
    await tab.waitForText('Before: Worried (Big), grown-up calm 2 of 5 · After: Calm (Small), grown-up calm 4 of 5');
  }));
});
