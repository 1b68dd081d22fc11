// @vitest-environment jsdom
/**
 * The import page on a Chinese page: a warning, a note from a real PyTorch export and a refusal
 * are said in Chinese (the importer's messages are data, said at render), names from the file stay
 * as written. The worker client is replaced by the importer itself, run in-process.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as i18n from '../../src/i18n';
import { importOnnx, OnnxImportError } from '../../src/import/onnx/index';
import { memoryStorage, openSavedStore } from '../../src/store/saved/storage';
import { setSavedNetworks } from '../../src/store/saved/index';
import { ImportPage } from '../../src/views/import/ImportPage';
import { node, onnxModel, tensor, value } from '../onnx-builder';

vi.mock('../../src/import/onnx/client', () => ({
  importOnnxFile: async (file: File) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes.length === 0) throw new OnnxImportError({ code: 'empty-file' });
    return importOnnx(bytes, { name: file.name });
  },
}));

beforeEach(async () => {
  setSavedNetworks(openSavedStore(memoryStorage()));
  await i18n.setLang('zh');
});
afterEach(async () => {
  await i18n.setLang('en');
});

const upload = (bytes: Uint8Array, name: string) =>
  userEvent.upload(screen.getByLabelText('选择文件…'), new File([Uint8Array.from(bytes)], name));

describe('import page in Chinese', () => {
  it('says a node that was not mapped in Chinese, with its name and operator as written', async () => {
    render(<ImportPage />);
    await upload(
      onnxModel({
        inputs: [value('x', [1, 3, 8, 8])],
        initializers: [tensor('w', [4, 3, 3, 3])],
        nodes: [node('Weird', ['x'], ['a'], {}, 'odd1'), node('Conv', ['a', 'w'], ['y'])],
        outputs: ['y'],
      }),
      'weird.onnx',
    );
    // conv 3×3, 3 → 4 without bias: 4·3·9 = 108 parameters.
    expect(await screen.findByTestId('import-params')).toHaveTextContent('108');
    const warnings = screen.getByTestId('import-warnings');
    expect(warnings).toHaveTextContent(
      'odd1（Weird）：不支持算子 Weird；按直通层显示（不计入任何量，形状不变）',
    );
    expect(warnings.textContent).not.toMatch(/supported|pass-through|shown/);
  });

  it('says the folded batch norms of a real ResNet-18 export in Chinese', async () => {
    render(<ImportPage />);
    await upload(readFileSync(resolve('tests/fixtures/onnx/resnet18.onnx')), 'resnet18.onnx');
    // torchvision resnet18 num_params (tests/unit/onnx-reference.test.ts).
    expect(await screen.findByTestId('import-params')).toHaveTextContent('11,689,512');
    // ResNet-18 has 20 convolutions, each followed by a batch norm the exporter folded in.
    expect(screen.getByTestId('import-result')).toHaveTextContent(
      '有 20 个卷积带着导出器折叠进去的批量归一化',
    );
  });

  it('refuses a broken file in Chinese, quoting the decoder’s own text', async () => {
    render(<ImportPage />);
    await upload(new Uint8Array([0xff, 0xff]), 'broken.onnx');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /^无法导入 broken\.onnx：不是可读取的 ONNX 模型：protobuf 解码器中止了（说明：.+）$/,
    );
  });
});
