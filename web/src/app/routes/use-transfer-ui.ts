import { useRef, useState } from 'react';

type Open = { dialog: 'import' } | { dialog: 'share' | 'export'; collectionId: string } | null;

/** Which of the Import, Share and Export dialogs is open (one at a time), and focus back after. */
export function useTransferUi() {
  const [open, setOpen] = useState<Open>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  return {
    open,
    importButton,
    openImport: () => setOpen({ dialog: 'import' }),
    share: (collectionId: string) => setOpen({ dialog: 'share', collectionId }),
    exportCollection: (collectionId: string) => setOpen({ dialog: 'export', collectionId }),
    close: () => {
      if (open?.dialog === 'import') importButton.current?.focus();
      setOpen(null);
    },
  };
}

export type TransferUi = ReturnType<typeof useTransferUi>;
