// Seeding a family's saved data the way the app stores it, and reading all of it back, for
// journeys that must prove nothing of the family's changed.

/** Writes `parts` ({ key suffix: data }) into localStorage as the app's envelopes. */
export async function seedFamily(page, parts) {
  await page.evaluate((parts) => {
    const now = Date.now();
    for (const [suffix, data] of Object.entries(parts)) {
      const envelope = { schema: 1, revision: 1, saved_at: now, writer: 'test', data };
      localStorage.setItem(`calm-together.${suffix}`, JSON.stringify(envelope));
    }
  }, parts);
}

/** Every localStorage key and value, sorted: the family's data byte for byte. */
export async function everythingStored(page) {
  return page.evaluate(() => Object.keys(localStorage).sort().map((key) => [key, localStorage.getItem(key)]));
}

/** A story as the app stores it: one page with a picture. */
export function storyOf(id, title, child) {
  return {
    id, title, child, template: 'blank', created_at: id, changed_at: id,
    pages: [{ id: 1, bg: 'home-inside', pics: [{ i: 1, p: 'dog', x: 5000, y: 5000, s: 2500 }], words: title }],
  };
}

/** The shelf's card for a story made by `storyOf`. */
export function cardOf(id, title, child) {
  return { id, title, child, cover: 'dog', changed_at: id, pages: 1 };
}

/** A completed practice. */
export function practiceOf(id, child, at) {
  return { id, child, exercise: 'balloon', started_at: at, ended_at: at + 60000, ending: 'completed', before: null, after: null };
}

/** Mia and Leo (Leo using the app), a story each and one shared, a practice each. */
export function twoChildren(now) {
  return {
    family: { children: [{ id: 'mia', nickname: 'Mia' }, { id: 'leo', nickname: 'Leo' }], current_child: 'leo' },
    'story-index': { stories: [cardOf(101, 'Mia and the dog', 'mia'), cardOf(102, 'Leo at the beach', 'leo'), cardOf(103, 'Our family', null)] },
    'story.101': storyOf(101, 'Mia and the dog', 'mia'),
    'story.102': storyOf(102, 'Leo at the beach', 'leo'),
    'story.103': storyOf(103, 'Our family', null),
    'practice-log': { practices: [practiceOf('p1', 'mia', now - 60000), practiceOf('p2', 'leo', now - 30000)] },
  };
}
