/**
 * #/compare in Chromium at a projector size and a laptop size: the totals equal the reference
 * figures, a setting changes every column, the picker works from the keyboard, the model page's
 * "Compare with…" opens a comparison, and a small multiple opens its model page.
 */
import { expect, test } from './fixtures';

// Four analyses and their charts per page: generous on a shared CI machine (not a timing check;
// `npm run bench` prints the drawing times).
test.describe.configure({ timeout: 120_000 });

const HASH = '#/compare/alexnet,vgg16,googlenet,resnet152';

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('totals are the reference figures; a setting changes every column', async ({ page }) => {
      await page.goto(HASH);
      const params = page.getByTestId('cell-params');
      await expect(params).toHaveCount(4);
      // architectures.md §1.1, torchvision vgg16, §6 (Caffe GoogLeNet, no aux), torchvision resnet152.
      await expect(params).toHaveText(['60,965,224', '138,357,544', '6,998,552', '60,192,808']);
      await expect(page.getByTestId('cell-depth')).toHaveText(['8', '16', '22', '152']);
      const compute = page.getByTestId('cell-compute');
      // MACs: §1.1, torchvision _ops 15.47 G, §6.
      await expect(compute.nth(0)).toHaveText('724,406,816');
      await expect(compute.nth(1)).toHaveText('15,470,264,320');
      await expect(compute.nth(2)).toHaveText('1,582,671,872');
      const before = await compute.allTextContents();
      const memBefore = await page.getByTestId('cell-memory').allTextContents();
      await page.getByTestId('compare-batch').selectOption('4');
      await expect(compute.nth(0)).toHaveText('2,897,627,264'); // 4 × 724,406,816
      const after = await compute.allTextContents();
      const memAfter = await page.getByTestId('cell-memory').allTextContents();
      for (let i = 0; i < 4; i++) {
        expect(after[i]).not.toBe(before[i]);
        expect(memAfter[i]).not.toBe(memBefore[i]);
      }
      await expect(page).toHaveURL(/#\/compare\/alexnet,vgg16,googlenet,resnet152\?batch=4$/);
      await expect(page.getByTestId('ratios')).toContainText(
        'VGG-16 has 20× the parameters of GoogLeNet (Inception v1)',
      );
    });

    test('picker from the keyboard; a small multiple opens its model page', async ({ page }) => {
      await page.goto(HASH);
      await page.getByRole('button', { name: 'Remove AlexNet' }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('chip')).toHaveCount(3);
      await page.getByTestId('picker-select').selectOption('densenet121');
      await page.getByTestId('picker-add').focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#\/compare\/vgg16,googlenet,resnet152,densenet121$/);
      // torchvision densenet121: 7,978,856 parameters; Huang et al.: 121 layers.
      await expect(page.getByTestId('cell-params').nth(3)).toHaveText('7,978,856');
      await expect(page.getByTestId('cell-depth').nth(3)).toHaveText('121');
      await page.getByTestId('multiple').first().click();
      await expect(page).toHaveURL(/#\/model\/vgg16$/);
      await expect(page.getByTestId('total-depth')).toHaveText('16');
    });
  });
}

test('“Compare with…” on a model page opens a comparison carrying its knobs', async ({ page }) => {
  await page.goto('#/model/resnet?depth=101&stride=1x1');
  await page.getByTestId('compare-with').click();
  await page.getByTestId('compare-with-select').selectOption('vgg16');
  await page.getByTestId('compare-with-go').click();
  await expect(page).toHaveURL(/#\/compare\/resnet;depth=101;stride=1x1,vgg16$/);
  // ResNet-101 (torchvision): 44,549,160 parameters; v1 stride placement: 7.570 G MACs (§8).
  await expect(page.getByTestId('cell-params').first()).toHaveText('44,549,160');
  await expect(page.getByTestId('cell-depth')).toHaveText(['101', '16']);
});

test('the catalog’s ready-made comparisons open #/compare', async ({ page }) => {
  await page.goto('#/');
  await page.getByTestId('ready-resnet-depths').click();
  await expect(page).toHaveURL(/#\/compare\/resnet18,resnet34,resnet50,resnet101,resnet152$/);
  await expect(page.getByTestId('cell-depth')).toHaveText(['18', '34', '50', '101', '152']);
});
