// @vitest-environment jsdom
/**
 * The walk-throughs' drawn figures have a text alternative built from the numbers they draw: the
 * receptive-field grid a name that says the grid, the number of convs and the window; a fractal
 * block a name with its counts and a "Show as table" listing its conv units, in both languages.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as i18n from '../../src/i18n/index';
import { a11y as zhA11y } from '../../src/i18n/zh/a11y';
import { fractal as zhFractal } from '../../src/i18n/zh/explain/searched';
import { AppStoreProvider, createAppStore } from '../../src/store/index';
import FractalPage from '../../src/views/explain/Fractal';
import SmallFiltersPage from '../../src/views/explain/SmallFilters';

afterEach(async () => {
  await i18n.setLang('en');
});

function show(topic: string, step: number, page: React.ReactNode) {
  render(
    <AppStoreProvider store={createAppStore({ page: 'explain', topic, step })}>
      {page}
    </AppStoreProvider>,
  );
  // Walk-throughs keep edited inputs while the app runs: start from the defaults.
  fireEvent.click(screen.getByTestId('explain-reset'));
}

describe('the receptive-field grid', () => {
  it('is named with its size, the convs so far and the window, in English and Chinese', async () => {
    // Defaults n = 3 (so the single conv is 7×7 and the grid 7 + 2 = 9 pixels a side); step 3 is
    // "after 3×3 conv 2": the centre output sees 1 + 2·2 = 5 pixels a side (r = r_in + (K − 1)·j).
    show('small-filters', 3, <SmallFiltersPage />);
    const grid = screen.getByTestId('rf-grid');
    expect(grid).toHaveAttribute('data-rf', '5');
    expect(grid).toHaveAccessibleName(
      'Receptive field on the 9×9 input pixel grid: after 2 3×3 convs the centre output sees the 5×5 window around it',
    );
  });

  it('in Chinese', async () => {
    await i18n.setLang('zh');
    show('small-filters', 2, <SmallFiltersPage />);
    expect(screen.getByTestId('rf-grid')).toHaveAccessibleName(
      '9×9 输入像素网格上的感受野：经过 1 个 3×3 卷积后，中心的输出看到它周围 3×3 的窗口',
    );
  });
});

describe('a fractal block', () => {
  // C = 3 (step 4: rule, C = 1, C = 2, C = 3): column j holds 2^(j−1) units, 1 + 2 + 4 = 7, unit i
  // of column j spanning depths (i−1)·2^(3−j)+1 … i·2^(3−j). Columns meet where their units end
  // together: at depth 2 (columns 2 and 3) and depth 4 (all three, one 3-input join, as in
  // Larsson et al. Fig. 1), so 2 joins.
  it('is named with its counts and lists its units as a table', () => {
    show('fractal', 4, <FractalPage />);
    const block = screen.getByTestId('fractal-block-3');
    expect(block).toHaveAccessibleName('Fractal block with 3 columns: 7 conv units, 2 joins');
    const table = screen.getByTestId('fractal-table-3');
    fireEvent.click(within(table).getByText('Show as table'));
    fireEvent(table, new Event('toggle'));
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => Array.from(r.children, (c) => c.textContent));
    const input = 'the block’s input';
    expect(cells).toEqual([
      ['block/col1_conv1', '1', '1–4', input],
      ['block/col2_conv1', '2', '1–2', input],
      ['block/col2_conv2', '2', '3–4', 'block/join_d2'],
      ['block/col3_conv1', '3', '1', input],
      ['block/col3_conv2', '3', '2', 'block/col3_conv1'],
      ['block/col3_conv3', '3', '3', 'block/join_d2'],
      ['block/col3_conv4', '3', '4', 'block/col3_conv3'],
    ]);
  });

  it('in Chinese, the sampled block says which units compute', async () => {
    await i18n.setLang('zh');
    // Step 6: the sampled drop-path network (C = 3 by default).
    show('fractal', 6, <FractalPage />);
    const block = screen.getByTestId('fractal-block-3');
    expect(block).toHaveAccessibleName('3 列的分形块：7 个卷积单元，2 个 join 层');
    const table = screen.getByTestId('fractal-table-3');
    fireEvent.click(within(table).getByText(zhA11y.chart.showTable));
    fireEvent(table, new Event('toggle'));
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(7);
    const on = rows.filter((r) => r.textContent!.endsWith(zhFractal.table.on)).length;
    // The same sample the page counts: "本次采样中，7 个卷积单元里有 a 个参与计算。"
    expect(screen.getByTestId('fractal-active')).toHaveTextContent(zhFractal.active(on, 7));
    expect(rows.filter((r) => r.textContent!.endsWith(zhFractal.table.off))).toHaveLength(7 - on);
  });
});
