/**
 * The stacked-volumes style in a real browser: it draws as many volumes as the layout module
 * decides for the network, and every label is readable in the first (fitted) view.
 */
import { buildModel } from '../../src/catalog/index';
import { analyze } from '../../src/engine/analyze';
import { layoutVolumes } from '../../src/layout/volumes';
import { expect, test } from './fixtures';

// The papers' own figures (AlexNet, VGG), a small one (LeNet-5), and long networks drawn one
// volume per module or stage (GoogLeNet, ResNet-50, DenseNet-121, NASNet-A Large, ResNet-1202).
const IDS = [
  'lenet5',
  'alexnet',
  'vgg16',
  'googlenet',
  'resnet50',
  'densenet121',
  'nasnet-a-large',
  'resnet1202-cifar',
];

for (const id of IDS) {
  test(`stacked volumes ${id}`, async ({ model }) => {
    const expected = layoutVolumes(analyze(buildModel(id))).volumes.length;
    await model.goto(id, 'style=volumes');
    await expect(model.diagram).toHaveAttribute('data-style', 'volumes');
    expect(await model.visibleNodes()).toBe(expected);
    expect(await model.drawnNodes()).toBe(expected);
    // On-screen text height of every label and shape line (the font size times the zoom).
    const heights = await model.diagram
      .locator('text')
      .evaluateAll((els) =>
        els
          .filter((e) => (e.textContent ?? '').trim() !== '')
          .map((e) => e.getBoundingClientRect().height),
      );
    expect(heights.length).toBeGreaterThanOrEqual(expected);
    // 10 px glyphs give a text box of at least ~11 px (ascent + descent); smaller means unreadable.
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(11);
  });
}

test('AlexNet volumes show the two GPU towers, and a click selects the layer', async ({
  model,
}) => {
  await model.goto('alexnet', 'style=volumes');
  const conv2 = model.diagram.locator('g[data-node-path="features/conv2"]');
  await expect(conv2.locator('.vol-stream')).toHaveCount(2);
  await conv2.locator('.vol-front').first().click();
  await expect(model.page).toHaveURL(/layer=features%2Fconv2|layer=features\/conv2/);
});
