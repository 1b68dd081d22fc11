/**
 * The memory panel as a user sees it: the three rules, the training budget as batch, precision
 * and optimizer change, the largest batch for a chosen card, the dominant layers marked in the
 * diagram, and the H200 figures beside the computed ones. Expected numbers are measurements
 * (gpu-h200.json) or arithmetic written out here, never the engine's own output.
 */
import { expect, test } from './fixtures';

const KEPT_R50 = 85_909_504; // H200: (687,700,992 − 86,334,464) / 7 bytes per image
const P_R50 = 25_557_032; // torchvision ResNet-50 parameters
const value = async (page: import('@playwright/test').Page, id: string) =>
  Number(await page.getByTestId(id).getAttribute('data-value'));

test('ResNet-50: three rules, budget, card', async ({ model, page }) => {
  // Many steps on the largest page of the spec: on a shared machine it can pass 30 s.
  test.slow();
  await page.setViewportSize({ width: 1280, height: 720 });
  await model.goto('resnet50');
  const panel = page.getByTestId('memory-panel');
  await panel.scrollIntoViewIfNeeded();
  const rules = page.getByTestId('memory-rules');
  await expect(rules.getByText('The table rule (CS231n)')).toBeVisible();
  await expect(rules.getByText('Every output')).toBeVisible();
  await expect(rules.getByText('What autograd keeps')).toBeVisible();
  await expect(page.getByTestId('memory-rule-kept-image')).toHaveAttribute(
    'data-value',
    String(KEPT_R50),
  );

  // Batch 32: kept activations = 32 × 85,909,504 + BN statistics (53,120 fp32 values = 212,480 B).
  const batch = page.getByTestId('memory-batch');
  await batch.fill('32');
  await batch.press('Enter');
  await expect(page.getByTestId('memory-budget-activations')).toHaveAttribute(
    'data-value',
    String(32 * KEPT_R50 + 212_480),
  );
  await expect(page).toHaveURL(/batch=32/);

  // Adam keeps two values per parameter: 2 × 25,557,032 × 4 B.
  await page.getByTestId('memory-optimizer-adam').check();
  await expect(page.getByTestId('memory-budget-optimizerState')).toHaveAttribute(
    'data-value',
    String(2 * P_R50 * 4),
  );
  await expect(page).toHaveURL(/optimizer=adam/);

  // bf16: weights (parameters + 53,120 running statistics) at 2 B.
  await page.getByTestId('memory-precision').selectOption('bf16');
  await expect(page.getByTestId('memory-budget-weights')).toHaveAttribute(
    'data-value',
    String((P_R50 + 53_120) * 2),
  );

  // Back to fp32 with momentum, then a 16 GB card. Weights + gradients + momentum =
  // (3 × 25,557,032 + 53,120) × 4 = 306,896,864 B. Upper bound: (16 GiB − that) / 85,909,504 =
  // 196.4 → 196; with a transient under 256 MiB at least (… − 268,435,456) / 85,909,504 = 193.3.
  await page.getByTestId('memory-precision').selectOption('fp32');
  await page.getByTestId('memory-optimizer-momentum').check();
  await page.getByTestId('memory-card').selectOption('16');
  const largest = page.getByTestId('memory-largest');
  await expect(largest).toContainText('Largest batch that fits on 16 GB:');
  const n = await value(page, 'memory-largest');
  expect(n).toBeGreaterThanOrEqual(193);
  expect(n).toBeLessThanOrEqual(196);
  // A typed card: 80 GB holds five times 16 GB, so about five times the batch.
  await page.getByTestId('memory-card').selectOption('other');
  const typed = page.getByTestId('memory-card-typed');
  await typed.fill('80');
  await typed.press('Enter');
  await expect(largest).toContainText('Largest batch that fits on 80 GB:');
  const n80 = await value(page, 'memory-largest');
  expect(n80).toBeGreaterThan(4 * n);
  await expect(page).toHaveURL(/card=80/);
  await page.screenshot({ path: 'test-results/memory-resnet50-1280.png' });
});

test('the dominant layers are marked in the diagram on request', async ({ model, page }) => {
  await model.goto('vgg16');
  await page.getByTestId('memory-marks').check();
  // VGG-16's largest keepers: relu1_1 and relu1_2 (64·224·224 × 4 B each), pool1 (its
  // 64·112·112 int64 indices), relu2_1 and relu2_2 (128·112·112 × 4 B).
  await expect(page.locator('.dg-node.dg-marked')).toHaveCount(5);
  await expect(page.locator('.charts-bar.is-marked').first()).toBeVisible();
});

test('NiN (CIFAR-10): the card says what the rule leaves out', async ({ model, page }) => {
  await model.goto('nin-cifar10');
  // Measured 113.8 MiB; the computed step is more than 10 % below it.
  await expect(page.getByTestId('memory-measured-peak')).toHaveText('113.8 MiB');
  await expect(page.getByTestId('memory-left-out')).toContainText('cuDNN');
});
