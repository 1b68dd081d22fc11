/** Strings of the layout for small screens and of the count labels (English). */
export const screen = {
  inspector: {
    /** The inspector's close button: it clears the selection, which closes the side sheet. */
    close: 'Close',
    closeLabel: 'Close the inspector and clear the selection (Esc)',
  },
};
