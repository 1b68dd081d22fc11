// @vitest-environment jsdom
/**
 * The import page with a hostile file: names and messages from the file appear as text, never as
 * markup; a refusal is an alert naming the file; the page keeps working. The worker client is
 * replaced by the importer itself, run in-process on bytes the test writes.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
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

const EVIL = '<img src=x onerror="window.__pwned=1">';

beforeEach(() => setSavedNetworks(openSavedStore(memoryStorage())));

describe('import page', () => {
  it('shows a hostile file’s names as text', async () => {
    const bytes = onnxModel({
      name: EVIL,
      inputs: [value('x', [1, 3, 8, 8])],
      initializers: [tensor('w', [4, 3, 3, 3])],
      nodes: [node('Weird', ['x'], ['a'], {}, EVIL), node('Conv', ['a', 'w'], ['y'])],
      outputs: ['y'],
    });
    const { container } = render(<ImportPage />);
    await userEvent.upload(
      screen.getByLabelText('Choose a file…'),
      new File([Uint8Array.from(bytes)], `${EVIL}.onnx`),
    );
    // conv 3×3, 3 → 4 on 8×8 without bias: 4·3·9 = 108 parameters.
    expect(await screen.findByTestId('import-params')).toHaveTextContent('108');
    expect(screen.getByRole('heading', { name: `Imported: ${EVIL}` })).toBeInTheDocument();
    expect(screen.getByTestId('import-warnings')).toHaveTextContent(
      `${EVIL} (Weird): operator Weird is not supported`,
    );
    expect(container.querySelector('img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(screen.getByRole('link', { name: 'Open on the model page' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^#\/model\/mine:/),
    );
  });

  it('refuses a broken file with an alert naming it, and imports the next one', async () => {
    render(<ImportPage />);
    await userEvent.upload(
      screen.getByLabelText('Choose a file…'),
      new File([new Uint8Array([0xff, 0xff])], 'broken.onnx'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Could not import broken\.onnx: not a readable ONNX model/,
    );
    const ok = onnxModel({
      inputs: [value('x', [1, 3, 8, 8])],
      initializers: [tensor('w', [4, 3, 3, 3])],
      nodes: [node('Conv', ['x', 'w'], ['y'])],
      outputs: ['y'],
    });
    await userEvent.upload(
      screen.getByLabelText('Choose a file…'),
      new File([Uint8Array.from(ok)], 'ok.onnx'),
    );
    expect(await screen.findByTestId('import-params')).toHaveTextContent('108');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
