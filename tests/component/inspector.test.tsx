// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONVENTIONS } from '../../src/engine/index';
import * as i18n from '../../src/i18n/index';
import { Inspector } from '../../src/views/Inspector';
import { analyzeId } from '../helpers';

const alexnet = analyzeId('alexnet');
const vgg = analyzeId('vgg16');

describe('Inspector', () => {
  it('asks for a selection when nothing is selected', () => {
    render(<Inspector analysis={vgg} conventions={DEFAULT_CONVENTIONS} selected={null} />);
    expect(screen.getByText(/Click a layer/)).toBeInTheDocument();
  });

  it('shows AlexNet conv1 arithmetic with the real numbers', () => {
    render(
      <Inspector analysis={alexnet} conventions={DEFAULT_CONVENTIONS} selected="features/conv1" />,
    );
    const lines = within(screen.getByTestId('inspector-arithmetic'));
    // Paper/CS231n: (227 − 11)/4 + 1 = 55; weights 11·11·3·96 + 96 biases = 34,944.
    expect(lines.getByText('(227 − 11 + 2·0) / 4 + 1 = 55')).toBeInTheDocument();
    expect(lines.getByText('11·11·3·96 + 96 = 34,944')).toBeInTheDocument();
    // Hand: 55·55·96 outputs × 3·11·11 MACs each = 290,400 · 363 = 105,415,200.
    expect(lines.getByText('55·55·96·3·11·11 = 105,415,200')).toBeInTheDocument();
    // Receptive field: 1 + (11 − 1)·1 = 11, jump 1·4 = 4.
    expect(lines.getByText('1 + (11 − 1)·1 = 11')).toBeInTheDocument();
    expect(lines.getByText('1·4 = 4')).toBeInTheDocument();
    // Symbolic formulas come first on each line.
    expect(lines.getByText('K_h·K_w·C_in·C_out + C_out')).toBeInTheDocument();
    expect(screen.getByTestId('inspector-output')).toHaveTextContent('96×55×55');
    expect(screen.getByText('3×227×227')).toBeInTheDocument();
  });

  it('links to the inputs of a layer', () => {
    const onSelect = vi.fn();
    render(
      <Inspector
        analysis={vgg}
        conventions={DEFAULT_CONVENTIONS}
        selected="features/stage1/conv1_2"
        onSelect={onSelect}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'features/stage1/relu1_1' }));
    expect(onSelect).toHaveBeenCalledWith('features/stage1/relu1_1');
  });

  it("shows a module's totals and its share of the whole", () => {
    render(<Inspector analysis={vgg} conventions={DEFAULT_CONVENTIONS} selected="classifier" />);
    const share = within(screen.getByTestId('inspector-share'));
    const params = share.getByRole('row', { name: /Parameters/ });
    // 123,642,856 / 138,357,544 = 0.8937 (fc6 + fc7 + fc8, see table.test.tsx).
    expect(params).toHaveTextContent('123,642,856');
    expect(params).toHaveTextContent('89.4 %');
    // MACs: 102,760,448 + 16,777,216 + 4,096,000 = 123,633,664 of 15,470,264,320 = 0.80 %.
    const macs = share.getByRole('row', { name: /MACs/ });
    expect(macs).toHaveTextContent('123,633,664');
    expect(macs).toHaveTextContent('0.80 %');
    // Stored values: fc6 4,096 + fc7 4,096 + fc8 1,000 = 9,192 of 15,237,608 → 0.060 %; 36,768 B.
    const mem = share.getByRole('row', { name: /Stored activations/ });
    expect(mem).toHaveTextContent('35.9 KiB');
    expect(mem).toHaveTextContent('0.060 %');
  });

  it('says so when the selected path is not in this network', () => {
    render(<Inspector analysis={vgg} conventions={DEFAULT_CONVENTIONS} selected="layer9/x" />);
    expect(screen.getByText(/No layer or module "layer9\/x"/)).toBeInTheDocument();
  });
});

describe('Inspector in Chinese', () => {
  afterEach(async () => {
    await i18n.setLang('en');
  });
  const resnet = analyzeId('resnet50');

  it("says a BN layer's working-out in Chinese", async () => {
    await i18n.setLang('zh');
    render(<Inspector analysis={resnet} conventions={DEFAULT_CONVENTIONS} selected="stem/bn1" />);
    const lines = screen.getByTestId('inspector-arithmetic');
    // BN after the 7×7 stem conv: 64 channels, γ and β = 2·64 = 128, running mean and variance 128.
    expect(within(lines).getByText('2·C（γ 和 β）')).toBeInTheDocument();
    expect(within(lines).getByText('2·C（滑动均值和方差，不参与学习）')).toBeInTheDocument();
    expect(within(lines).getAllByText('2·64 = 128')).toHaveLength(2);
    expect(lines.textContent).not.toMatch(/running|learned|and/);
  });

  it("says a pool layer's working-out in Chinese, notation as it is", async () => {
    await i18n.setLang('zh');
    render(
      <Inspector analysis={resnet} conventions={DEFAULT_CONVENTIONS} selected="stem/maxpool" />,
    );
    const lines = within(screen.getByTestId('inspector-arithmetic'));
    // torchvision's stem max pool 3×3/2, padding 1, on 112: ⌊(112 − 3 + 2)/2⌋ + 1 = 56.
    expect(lines.getByText('H_out = W_out = ⌊(N − K + 2P) / S⌋ + 1')).toBeInTheDocument();
    expect(lines.getByText('⌊(112 − 3 + 2·1) / 2⌋ + 1 = 56')).toBeInTheDocument();
    expect(lines.getByText('池化层没有参数')).toBeInTheDocument();
    expect(lines.queryByText('pooling has no parameters')).toBeNull();
  });

  it('says the same steps in English on an English page', () => {
    render(<Inspector analysis={resnet} conventions={DEFAULT_CONVENTIONS} selected="stem/bn1" />);
    const lines = within(screen.getByTestId('inspector-arithmetic'));
    expect(lines.getByText('2·C (γ and β)')).toBeInTheDocument();
    expect(lines.getByText('2·C (running mean and variance, not learned)')).toBeInTheDocument();
  });
});
