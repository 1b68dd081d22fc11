/** Strings of the saved networks, the #/edit editor and the model page's network actions (English). */
export const editor = {
  nav: 'My networks',
  list: {
    heading: 'My networks',
    intro:
      'Networks you write or copy are saved in this browser. Write them as spec JSON or in the compact notation (conv3-64 ×2, maxpool, …, fc-1000).',
    empty:
      'No saved networks yet. Start a new one, load a file, or open a catalog entry and press "Edit a copy".',
    newNetwork: 'New network',
    loadFile: 'Load a file…',
    name: 'Name',
    origin: 'From',
    modified: 'Changed',
    params: 'Parameters',
    actions: 'Actions',
    open: 'View',
    edit: 'Edit',
    rename: 'Rename',
    duplicate: 'Duplicate',
    download: 'Download',
    remove: 'Delete',
    confirmRemove: (name: string) => `Delete "${name}"? Download it first to keep a copy.`,
    renamePrompt: 'New name',
    loaded: (name: string) => `Loaded "${name}".`,
    loadFailed: (why: string) => `Could not load the file: ${why}`,
    invalid: 'does not analyze',
    newTemplateName: 'My network',
    importOnnx: 'Import ONNX…',
    onnxOrigin: (file: string) => `ONNX file ${file}`,
    importedWithWarnings: (n: number) =>
      `Imported and saved; ${n} node${n === 1 ? '' : 's'} could not be mapped (open the network):`,
  },
  problems: {
    heading: 'Some saved data needed attention',
    downloadRaw: 'Download the raw text',
    dismiss: 'Dismiss',
  },
  edit: {
    missing: (id: string) => `There is no saved network "${id}" in this browser.`,
    back: 'All my networks',
    nameLabel: 'Network name',
    format: 'Write as',
    json: 'Spec JSON',
    notation: 'Notation',
    notChain: (path: string, why: string) =>
      `This network cannot be written in the notation: ${path || '(network)'} ${why}.`,
    fixFirst: 'Fix the error first: switching converts the current network.',
    viewOnModelPage: 'Open on the model page',
    share: 'Share link',
    shareLabel: 'Link to this network (it travels in the link itself)',
    saved: 'Saved',
    stale: 'Showing the last valid version: the text has an error.',
    /** The two rules of the text itself (the engine's rules are named in errors.rules). */
    rules: { syntax: 'JSON syntax', notation: 'notation syntax' },
    /** A notation problem: the item as written, then what is wrong with it. */
    notationProblem: (token: string, detail: string) => `"${token}": ${detail}`,
    /** A JSON problem: the browser's own sentence, quoted. */
    jsonProblem: (error: string) => `not valid JSON: ${error}`,
    /** `rule`: the rule's name in words. */
    problem: (line: number, path: string | undefined, rule: string, detail: string) =>
      `line ${line}${path !== undefined ? ` · ${path || '(network)'}` : ''} · ${rule}: ${detail}`,
    editorLabel: (format: string) => `Network text (${format})`,
    loading: 'Loading the editor…',
    results: 'Result',
  },
  model: {
    editCopy: 'Edit a copy',
    edit: 'Edit',
    download: 'Download',
    saveShared: 'Save to my networks',
    copyName: (name: string) => `${name} (copy)`,
    copyOrigin: (id: string) => `copy of ${id}`,
    sharedOrigin: 'shared link',
    userNetwork: 'Your network',
    sharedNetwork: 'Shared network',
    from: (origin: string) => `from ${origin}`,
  },
};
