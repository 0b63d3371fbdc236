import type { Ref } from 'react';

interface ImportButtonProps {
  onClick: () => void;
  ref?: Ref<HTMLButtonElement>;
}

/** Opens the Import dialog (files from Postman, Insomnia, HAR, our own format, or a curl command). */
export function ImportButton({ onClick, ref }: ImportButtonProps) {
  return (
    <button
      ref={ref}
      type="button"
      className="button button-small import-button"
      aria-haspopup="dialog"
      onClick={onClick}
    >
      Import
    </button>
  );
}
