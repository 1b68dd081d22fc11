/** Strings of the layout for small screens and of the catalog cards' accuracy (English). */
export const screen = {
  inspector: {
    /** The inspector's close button: it clears the selection, which closes the side sheet. */
    close: 'Close',
    closeLabel: 'Close the inspector and clear the selection (Esc)',
  },
  card: {
    /** Under a card's top-1 accuracy: the dataset and test crops it was measured with. */
    protocol: (dataset: string, crops: number | 'dense' | null) =>
      crops === null
        ? dataset
        : crops === 'dense'
          ? `${dataset}, dense`
          : `${dataset}, ${crops === 1 ? '1 crop' : `${crops} crops`}`,
  },
};
