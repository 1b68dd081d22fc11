// @vitest-environment jsdom
/**
 * Exports read back: the CSV parses (csv-parse) to the analysis' figures, the SVG figure parses
 * (DOMParser) with its title, legend and drawing intact and hostile text kept as text, the
 * Markdown and LaTeX tables carry the published totals, and a spec file analyzes to the same
 * network. ResNet-18's 11,689,512 parameters and 1,814,073,344 MACs are torchvision's figures
 * (architectures.md §19).
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/analyze';
import { analyze, parseSpec, type ModelSpec } from '../../src/engine/index';
import { fileName, specJson } from '../../src/export/spec';
import { figureSvg } from '../../src/export/svg';
import { COLUMNS, latexText, tableCsv, tableLatex, tableMarkdown } from '../../src/export/table';
import { buildModel } from '../../src/catalog/index';
import { analyzeId } from '../helpers';

const HOSTILE = 'a,"b" <img src=x onerror=alert(1)> & c_d%$#';
const hostileSpec: ModelSpec = {
  root: {
    op: 'block',
    name: 'net',
    layers: [
      { op: 'input', name: 'in', shape: [3, 8, 8] },
      { op: 'conv', name: HOSTILE, out: 4, kernel: 3 },
      { op: 'relu', name: 'r\nnewline' },
    ],
  },
};

describe('CSV', () => {
  it('parses back to every layer’s figures (ResNet-18)', () => {
    const a = analyzeId('resnet18');
    const rows = parse(tableCsv(a), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(COLUMNS.map((c) => c.key));
    expect(rows.map((r) => r.path)).toEqual(a.layers.map((l) => l.path));
    expect(rows.reduce((s, r) => s + Number(r.params), 0)).toBe(11_689_512);
    expect(rows.reduce((s, r) => s + Number(r.macs), 0)).toBe(1_814_073_344);
  });

  it('keeps commas, quotes and line breaks in names', () => {
    const a = analyze(parseSpec(hostileSpec));
    const rows = parse(tableCsv(a), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.path)).toEqual(['in', HOSTILE, 'r\nnewline']);
    // 4·3·3·3 + 4 = 112 parameters; 6·6·4·27 = 3,888 MACs.
    expect([rows[1].params, rows[1].macs, rows[1].out]).toEqual(['112', '3888', '4×6×6']);
  });
});

describe('Markdown and LaTeX', () => {
  it('carry the totals, grouped', () => {
    const a = analyzeId('resnet18');
    const md = tableMarkdown(a, { name: 'ResNet-18' });
    expect(md).toContain(
      '| **Total** |  | 1000 | **11,689,512** | **9,600** | **1,814,073,344** | **8,230,376** |',
    );
    expect(md.split('\n').filter((l) => l.startsWith('| `')).length).toBe(a.layers.length);
    const tex = tableLatex(a, { name: 'ResNet-18' });
    expect(tex).toContain('Total &  & $1000$ & 11{,}689{,}512 & 9{,}600 & 1{,}814{,}073{,}344');
    expect(tex).toContain('\\begin{tabular}{lllrrrr}');
  });

  it('escape what would break them', () => {
    expect(latexText('c_d%$#&{x}~^\\')).toBe(
      'c\\_d\\%\\$\\#\\&\\{x\\}\\textasciitilde{}\\textasciicircum{}\\textbackslash{}',
    );
    const a = analyze(parseSpec(hostileSpec));
    expect(tableMarkdown(a)).toContain('`a,"b" <img src=x onerror=alert(1)> & c_d%$#`');
    expect(tableMarkdown(a)).toContain('`r newline`');
    expect(tableLatex(a)).toContain(
      '\\texttt{a,"b" <img src=x onerror=alert(1)> \\& c\\_d\\%\\$\\#}',
    );
  });

  it('the command line prints the LaTeX table', async () => {
    const r = await run(['lenet5', '--format', 'latex']);
    expect(r.code).toBe(0);
    // LeNet-5: 61,706 parameters (architectures.md §2).
    expect(r.stdout).toContain('Total &  & $10$ & 61{,}706');
  });
});

describe('SVG figure', () => {
  const legend = [
    { label: 'convolution', color: 'rgb(47, 111, 219)' },
    { label: 'memory', color: '#e07b00', line: true },
    { label: HOSTILE, color: 'url(javascript:alert(1))' },
  ];
  const f = figureSvg({
    title: HOSTILE,
    subtitle: 'Layer diagram',
    content: '<g id="drawing"><rect x="10" y="20" width="30" height="40"/></g>',
    box: [0, 0, 300, 200],
    legend,
  });
  const doc = new DOMParser().parseFromString(f.svg, 'image/svg+xml');

  it('parses, with title, subtitle, drawing and legend', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual([
      String(f.width),
      String(f.height),
    ]);
    expect(doc.querySelector('.figure-title')!.textContent).toBe(HOSTILE);
    expect(doc.querySelector('.figure-subtitle')!.textContent).toBe('Layer diagram');
    expect(doc.querySelector('.figure-content')!.getAttribute('viewBox')).toBe('0 0 300 200');
    expect(doc.querySelector('#drawing rect')!.getAttribute('height')).toBe('40');
    expect([...doc.querySelectorAll('.legend-item text')].map((e) => e.textContent)).toEqual(
      legend.map((l) => l.label),
    );
  });

  it('keeps hostile text as text and refuses non-colours', () => {
    expect(doc.querySelector('script, img')).toBeNull();
    expect(f.svg).not.toContain('javascript:');
    expect(doc.querySelector('.legend-item line')!.getAttribute('stroke')).toBe('#e07b00');
  });
});

describe('spec JSON', () => {
  it('loads back to the same network', () => {
    const spec = parseSpec(buildModel('squeezenet1.1', {}));
    const back = analyze(parseSpec(JSON.parse(specJson(spec))));
    // SqueezeNet 1.1: 1,235,496 parameters (torchvision).
    expect(back.totals.params).toBe(1_235_496);
    expect(back.layers.map((l) => l.path)).toEqual(analyze(spec).layers.map((l) => l.path));
  });

  it('file names keep only safe characters', () => {
    expect(fileName('ResNet-18 / mine <1>', 'png')).toBe('ResNet-18-mine-1.png');
    expect(fileName('...', 'csv')).toBe('network.csv');
  });
});
