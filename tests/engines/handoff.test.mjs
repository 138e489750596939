// The week's plan sent by link in each engine (as tests/e2e/handoff.test.mjs does in Chromium,
// QR code included): made and sent on one tablet (a therapist's iPad runs WebKit), opened on
// a tablet never used before, which says hello first, then takes the plan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eachEngine, FAMILY_KEY, openGrownUps, storedIncludes } from './journeys.mjs';

/** Picks `name` in the plan's list of things to practise and adds it. */
async function addToPlan(tab, name) {
  await tab.run((wanted) => {
    const select = document.querySelector('#plan-add-choice');
    select.selectedIndex = [...select.options].findIndex((option) => option.textContent === wanted);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, name);
  await tab.click('Add to the plan', { role: 'button' });
}

eachEngine((session) => {
  let link = null;

  test("the plan is sent from one tablet as a link with the QR code beside it", () => session.tab(async (tab) => {
    await openGrownUps(tab);
    await addToPlan(tab, 'Balloon breathing');
    for (const day of ['Monday', 'Wednesday', 'Friday']) {
      await tab.click(day, { role: 'button', within: { role: 'group', name: 'Balloon breathing' } });
    }
    await tab.click("Send to the family's tablet", { role: 'button' });
    await tab.waitForText('No names, no stories, no check-ins.');
    const sheet = await tab.run(() => ({
      link: document.querySelector('.plan-link')?.textContent,
      qr: document.querySelector('svg.plan-qr path')?.getAttribute('d')?.length ?? 0,
      width: document.querySelector('svg.plan-qr')?.getBoundingClientRect().width ?? 0,
    }));
    assert.match(sheet.link, /\/plan#plan-v1:balloon=135;check=[0-9a-f]{6}$/);
    assert.ok(sheet.qr > 500 && sheet.width >= 240, `a QR code drawn large: ${JSON.stringify(sheet)}`);
    await tab.click('Done', { role: 'button' });
    link = new URL(sheet.link);
  }));

  test("the link opened on a tablet never used before: hello first, then the plan, taken", () => session.tab(async (tab) => {
    assert.ok(link, 'the test before made the link');
    await tab.go(link.pathname + link.hash);
    assert.equal(await tab.h1(), 'A plan from your therapist');
    await tab.waitForText("First, write the child's name below (or skip it).");
    await tab.type("What shall we call your child? (You can leave this empty.)", 'Mia');
    await tab.click("Let's begin", { role: 'button' });
    await tab.waitForText('Balloon breathing: Monday, Wednesday and Friday');
    await tab.waitForText('For Mia.');
    await tab.click('Use this plan', { role: 'button' });
    await tab.waitForText("Done. On each planned day, Home shows Mia's practice, ready with one tap.");
    assert.equal(await tab.run(() => location.hash), '', 'the plan is taken off the address bar');
    await tab.click('Go to Home', { role: 'button' });
    await tab.ready('/');
    assert.equal(await tab.h1(), 'Hello, Mia!');
    await tab.flush();
    await storedIncludes(tab, FAMILY_KEY, '"balloon"');
  }));
});
