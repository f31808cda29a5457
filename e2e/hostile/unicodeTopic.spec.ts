/**
 * Issue 12: a section folder named in another script (e2e/hostile-content/хроника, invented) is its own topic
 * with its own address. The address is percent-encoded on the wire; the static server, the pre-rendered page
 * and the app all find it, by link and by direct load.
 */
import { expect, test } from '../fixtures';

const NAME = 'Хроника';
const PATH = `/topics/${encodeURIComponent('хроника')}`;

test('a Cyrillic section is its own topic: reached from /topics, loaded directly, listing its story', async ({ page }) => {
  await page.goto('/topics');
  await page.getByRole('link', { name: new RegExp(`^${NAME}`) }).first().click();
  await expect(page).toHaveURL(new RegExp(`${PATH}$`, 'i'));
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ferry timetable changes at Tamsworth quay' })).toBeVisible();

  // A direct load of the percent-encoded address: the pre-rendered page, then the app's own view of it.
  const response = await page.goto(PATH);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ferry timetable changes at Tamsworth quay' })).toBeVisible();
  const data = await page.request.get(`/data${PATH}.json`);
  expect(data.status()).toBe(200);
});
