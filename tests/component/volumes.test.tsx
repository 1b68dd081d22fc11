// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { layoutVolumes } from '../../src/layout/volumes';
import { DiagramPanel, type DiagramPanelProps } from '../../src/views/DiagramPanel';
import { analyzeId } from '../helpers';

function setup(id: string, over: Partial<DiagramPanelProps> = {}) {
  const analysis = analyzeId(id);
  const props: DiagramPanelProps = {
    analysis,
    modelKey: id,
    style: 'volumes',
    selected: null,
    hovered: null,
    onSelect: vi.fn(),
    onHover: vi.fn(),
    ...over,
  };
  return { ...render(<DiagramPanel {...props} />), props, analysis };
}

const boxes = () => document.querySelectorAll('g.vol-box[data-node-path]');

describe('DiagramPanel, stacked volumes', () => {
  it('resnet1202-cifar: one volume per stage, count contract and caption', () => {
    setup('resnet1202-cifar');
    // input, conv1, 3 stages of 200 blocks (He et al. 2016, §4.2), avgpool, fc.
    expect(boxes()).toHaveLength(7);
    expect(screen.getByTestId('diagram').getAttribute('data-visible-nodes')).toBe('7');
    const caption = screen.getByTestId('diagram-count').textContent!;
    expect(caption).toContain('7 volumes');
    expect(caption).toContain('layer1 (200 modules)');
  });

  it('vgg16: every drawn volume is on the layout, in order, with a hover title and an arrow per pair', () => {
    const { analysis } = setup('vgg16');
    const ids = layoutVolumes(analysis).volumes.map((v) => v.id);
    expect([...boxes()].map((b) => b.getAttribute('data-node-path'))).toEqual(ids);
    expect(
      document.querySelector('[data-node-path="features/stage1/conv1_1"] title')!.textContent,
    ).toBe('features/stage1/conv1_1 · conv · 64×224×224');
    // 23 volumes, 22 flow lines (Simonyan & Zisserman 2015, Table 1 D + avgpool + 3 fc).
    expect(document.querySelectorAll('.vol-links path')).toHaveLength(22);
  });

  it('alexnet: clicking the lower tower of conv2 selects conv2', () => {
    const { props } = setup('alexnet');
    const towers = document.querySelectorAll('[data-node-path="features/conv2"] .vol-stream rect');
    // Krizhevsky et al. 2012, Fig. 2: conv2 runs as two groups, one per GPU.
    expect(towers).toHaveLength(2);
    fireEvent.click(towers[1]);
    expect(props.onSelect).toHaveBeenCalledWith('features/conv2');
  });

  it('resnet50: a selected leaf inside a block marks the block it is drawn in', () => {
    const { props, rerender } = setup('resnet50');
    rerender(<DiagramPanel {...props} selected="layer2/block1/conv2" />);
    const marked = document.querySelectorAll('.vol-box.dg-selected');
    expect([...marked].map((e) => e.getAttribute('data-node-path'))).toEqual(['layer2/block1']);
  });
});
