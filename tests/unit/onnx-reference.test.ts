/**
 * The real PyTorch exports in tests/fixtures/onnx (copied from shared/reference/onnx: opset 17,
 * torchvision models exported without weights, LeNet-5 with them) import with exactly the matching
 * catalog entry's parameter total and every conv and fc layer's output shape, parameters and MACs,
 * paired in execution order. Where the torchvision reference data has the model, the layers are
 * also checked against it (an independent source: PyTorch's own modules, counted by hooks).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index';
import { importOnnx, onnxText } from '../../src/import/onnx/index';
import { analyzeId, convFc, refConvFc, torchReference } from '../helpers';

function load(file: string) {
  const path = fileURLToPath(new URL(`../fixtures/onnx/${file}`, import.meta.url));
  return importOnnx(readFileSync(path), { name: file });
}

const layerFigures = (ls: { out: readonly number[]; params: number; macs: number }[]) =>
  ls.map((l) => ({ out: [...l.out], params: l.params, macs: l.macs }));

// Totals from torchvision's model docs / torchinfo (parameters of the deployed model, BN γ and β
// included, running statistics excluded) and architectures.md §19; LeNet-5 from §2 ("full").
const CASES = [
  {
    file: 'alexnet_tv.onnx',
    id: 'alexnet-torchvision',
    ref: 'alexnet_tv',
    params: 61_100_840,
    bnBuffers: 0,
  },
  {
    file: 'googlenet.onnx',
    id: 'googlenet-torchvision',
    ref: 'googlenet',
    params: 6_624_904,
    bnBuffers: 14_560,
  },
  { file: 'resnet18.onnx', id: 'resnet18', ref: undefined, params: 11_689_512, bnBuffers: 9_600 },
  {
    file: 'squeezenet1_1.onnx',
    id: 'squeezenet1.1',
    ref: undefined,
    params: 1_235_496,
    bnBuffers: 0,
  },
  { file: 'lenet5.onnx', id: 'lenet5', ref: 'lenet5', params: 61_706, bnBuffers: 0 },
] as const;

describe('ONNX import of the reference exports', () => {
  for (const c of CASES) {
    describe(c.file, () => {
      const imported = load(c.file);
      const a = analyze(imported.spec);
      const catalog = analyzeId(c.id);

      it(`has the published parameter total (${c.params.toLocaleString('en-US')}) and ${c.id}'s`, () => {
        expect(a.totals.params).toBe(c.params);
        expect(a.totals.params).toBe(catalog.inference.params);
        // Running mean and variance of the restored batch norms: 2 per channel.
        expect(a.totals.buffers).toBe(c.bnBuffers);
      });

      it(`pairs every conv and fc layer with ${c.id}'s: output shape, parameters, MACs`, () => {
        const ours = layerFigures(convFc(a));
        expect(ours.length).toBeGreaterThan(0);
        expect(ours).toEqual(layerFigures(convFc(catalog)));
        expect(a.totals.macs).toBe(catalog.inference.macs);
      });

      if (c.ref) {
        const ref = c.ref;
        it('matches the torchvision reference layers', () => {
          const theirs = refConvFc(torchReference(ref)).map((l) => ({
            out: l.out,
            params: l.params,
            macs: l.macs,
          }));
          expect(layerFigures(convFc(a))).toEqual(theirs);
        });
      }

      it('reports no unsupported node and where the parameters came from', () => {
        expect(imported.warnings).toEqual([]);
        expect(imported.weights).toBe(c.file === 'lenet5.onnx' ? 'initializers' : 'graph inputs');
        expect(imported.opset).toBe(17);
      });
    });
  }

  it('restores the batch norms PyTorch folded into the convs (ResNet-18: 20 convs)', () => {
    const r = load('resnet18.onnx');
    expect(r.notes.some((n) => onnxText(n).startsWith('20 convolutions'))).toBe(true);
    const bare = importOnnx(
      readFileSync(fileURLToPath(new URL('../fixtures/onnx/resnet18.onnx', import.meta.url))),
      { unfoldBatchNorm: false },
    );
    // Folded: each conv keeps a bias of C values instead of BN's 2C (γ, β): 11,689,512 − 4,800.
    // 4,800 = the 20 convs' output channels: 64 + 4·64 + (3·128 + 128) + … summed below.
    const channels = [
      64, 64, 64, 64, 64, 128, 128, 128, 128, 128, 256, 256, 256, 256, 256, 512, 512, 512, 512, 512,
    ];
    expect(channels.reduce((x, y) => x + y, 0)).toBe(4_800);
    expect(analyze(bare.spec).totals.params).toBe(11_689_512 - 4_800);
  });

  it("groups leaves by the exporter's module scopes", () => {
    const r = load('resnet18.onnx');
    const paths = analyze(r.spec).layers.map((l) => l.path);
    expect(paths).toContain('layer2/layer2.0/downsample/downsample.0');
    expect(paths).toContain('layer1/layer1.0/conv1');
    expect(paths).toContain('layer1/layer1.0/conv1.bn');
  });
});
