// "Our own voice" in each engine, as far as a test machine without a microphone allows: the
// panel opens on the browser's own database (IndexedDB) and knows whether this browser
// records; a tap on Record asks for the microphone, and with none (or none allowed) it says so
// kindly, records nothing, and leaves every button working. (Chromium records with its fake
// microphone in tests/e2e/own_voice.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eachEngine, openGrownUps, passGate } from './journeys.mjs';

const NO_RECORDING = [
  'The microphone was not allowed, so nothing was recorded.',
  'No microphone was found, or another app is using it. Nothing was recorded.',
];

eachEngine((session) => {
  test('the Our own voice panel opens on the browser database; without a microphone it says so and records nothing', () => session.tab(async (tab) => {
    await openGrownUps(tab);
    await tab.waitForText('No recordings yet.');
    const canRecord = await tab.run(() => typeof MediaRecorder === 'function' && !!navigator.mediaDevices);
    if (!canRecord) {
      await tab.waitForText('This browser cannot record sound. Practices use the tablet\'s voice instead, if it is on.');
      return;
    }
    await tab.click('Record: Fill the balloon', { role: 'button' });
    await tab.waitFor((said) => said.some((line) => document.body.innerText.includes(line)), [NO_RECORDING], 'why nothing was recorded');
    assert.ok(await tab.has('Record: Fill the balloon', { role: 'button' }));
    assert.equal(await tab.run(() => document.querySelector('.own-voice-step button')?.disabled), false);
    await tab.waitForText('No recordings yet.');
  }));

  if (session.engine === 'firefox') {
    test('Firefox records a step with its fake microphone in its own format, keeps it and plays it', () => session.tab({ fakeMicrophone: true }, async (tab) => {
      await openGrownUps(tab);
      await tab.waitForText('No recordings yet.');
      await tab.click('Record: Fill the balloon', { role: 'button' });
      await tab.see('Stop recording', { role: 'button' });
      await tab.waitForText('Recording…');
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await tab.click('Stop recording', { role: 'button' });
      await tab.waitForText('Recorded. It plays in the practice from now on.');
      await tab.waitForText(/Recorded: \d+ seconds?/);
      await tab.waitForText(/1 recording, 0\.\d MB of 50 MB/);
      const kinds = await tab.run(() => new Promise((resolve) => {
        const request = indexedDB.open('calm-together-recordings');
        request.onsuccess = () => {
          const all = request.result.transaction('info').objectStore('info').getAll();
          all.onsuccess = () => resolve(all.result.map((info) => info.kind));
        };
      }));
      assert.equal(kinds.length, 1);
      assert.match(kinds[0], /^audio\/(ogg|webm)/, `Firefox's own format: ${kinds[0]}`);
      // Kept across a reload, and Listen decodes it (a clip that cannot play would say so).
      await tab.reload();
      await passGate(tab);
      await tab.see('Record again: Fill the balloon', { role: 'button' });
      await tab.click('Listen: Fill the balloon', { role: 'button' });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      assert.equal(await tab.run(() => document.body.innerText.includes('cannot play in this browser')), false);
    }));
  }
});
