// The page object for Progress, and a family's weeks of practices to seed it with.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const CHART_SIZE_NAME =
  "How big the child's hard feeling was, over the last 8 weeks. Before a practice: 4.0 on average. After: 2.0 on average.";
export const CHART_CALM_NAME =
  'How calm the grown-up felt, over the last 8 weeks. Before a practice: 2.0 on average. After: 4.0 on average.';

export class ProgressPage {
  constructor(page) {
    this.page = page;
  }

  /**
   * Seeds Mia's practices over the last weeks, in the browser's own days (week 7 is this one):
   * week 7 two practices with check-ins, week 6 two practices with the check-ins skipped,
   * weeks 5 and 4 one each with check-ins, weeks 0–3 nothing; plus Leo's and an old one, left out.
   * Returns the short start date of each of the 8 weeks, as the chart labels them.
   */
  async seedWeeksOfCheckIns() {
    return this.page.evaluate((months) => {
      const now = Date.now();
      const envelope = (data) => JSON.stringify({ schema: 1, revision: 1, saved_at: now, writer: 'test', data });
      const noon = new Date(now);
      noon.setHours(12, 0, 0, 0);
      const monday = new Date(noon);
      monday.setDate(noon.getDate() - ((noon.getDay() + 6) % 7));
      const day = (weeksAgo, weekday) => {
        const d = new Date(monday);
        d.setDate(monday.getDate() - 7 * weeksAgo + weekday);
        return d.getTime();
      };
      const checkIn = (size, grown_up_calm) => ({ feeling: 'worried', size, grown_up_calm });
      const practice = (id, child, at, before, after) => ({
        id, child, exercise: 'balloon', started_at: at, ended_at: at + 60000, ending: 'completed', before, after,
      });
      localStorage.setItem('calm-together.family', envelope({
        children: [{ id: 'mia', nickname: 'Mia' }, { id: 'leo', nickname: 'Leo' }], current_child: 'mia',
      }));
      localStorage.setItem('calm-together.practice-log', envelope({ practices: [
        practice('old', 'mia', day(10, 2), checkIn(1, 5), checkIn(1, 5)),
        practice('w4', 'mia', day(3, 1), checkIn(4, 2), checkIn(2, 5)),
        practice('w5', 'mia', day(2, 2), checkIn(5, 1), checkIn(3, 3)),
        practice('leo', 'leo', day(2, 3), checkIn(1, 5), checkIn(1, 5)),
        practice('w6-skipped', 'mia', day(1, 1), null, null),
        practice('w6-feeling-only', 'mia', day(1, 4), { feeling: 'sad' }, null),
        practice('w7-a', 'mia', now - 60000, checkIn(4, 2), checkIn(2, 4)),
        practice('w7-b', 'mia', now - 30000, checkIn(3, 3), checkIn(1, 4)),
      ] }));
      return [7, 6, 5, 4, 3, 2, 1, 0].map((weeksAgo) => {
        const d = new Date(day(weeksAgo, 0));
        return `${d.getDate()} ${months[d.getMonth()]}`;
      });
    }, MONTHS);
  }

  chart(name) {
    return this.page.getByRole('img', { name, exact: true });
  }

  /** One line of a chart ('feeling-size' or 'grown-up-calm', then 'before' or 'after'), or its 'weeks' labels. */
  series(question, moment) {
    return this.page.getByTestId(`${question}-${moment}`);
  }

  async openTable() {
    await this.page.getByText('Show as a table', { exact: true }).click();
    return this.page.getByRole('table', { name: 'The check-ins, week by week: averages from 1 to 5' });
  }
}
