// The page object for Calm together: the list, a practice's stages, the runner.

export class CalmPage {
  constructor(page) {
    this.page = page;
  }

  exerciseCard(name) {
    return this.page.getByRole('link', { name: new RegExp(`^${name}`) });
  }

  button(name) {
    return this.page.getByRole('button', { name, exact: true });
  }

  cue() {
    return this.page.getByTestId('cue');
  }

  async skipGrownUpFirst() {
    await this.page.getByRole('heading', { name: 'Grown-up first' }).waitFor();
    await this.button('Skip').tap();
  }

  /** Answers a check-in; any answer left out is simply not given. */
  async checkIn({ feeling, size, calm } = {}) {
    const form = this.page.getByRole('region').filter({ has: this.page.getByRole('heading', { level: 2 }) }).last();
    if (feeling) await this.page.getByRole('group', { name: 'How are you feeling?' }).getByRole('button', { name: feeling }).tap();
    if (size) await this.page.getByRole('group', { name: 'How big is the feeling?' }).getByRole('button', { name: size }).tap();
    if (calm) await this.page.getByRole('group', { name: 'Grown-up: how calm do you feel?' }).getByRole('button', { name: String(calm), exact: true }).tap();
    await this.button('Next').tap();
    return form;
  }

  async practiceLog() {
    const raw = await this.page.evaluate(() => localStorage.getItem('calm-together.practice-log'));
    return raw ? JSON.parse(raw).data.practices : [];
  }
}
