import { Dialog } from '@/components/dialog/dialog.tsx';
import './close-tab-dialog.css';

interface CloseTabDialogProps {
  /** The saved request's name. */
  name: string;
  onSaveAndClose: () => void;
  onDiscard: () => void;
  onKeep: () => void;
}

/** Asked before a tab whose saved request has unsaved changes is closed, as editors ask. */
export function CloseTabDialog({ name, onSaveAndClose, onDiscard, onKeep }: CloseTabDialogProps) {
  return (
    <Dialog title="Close with unsaved changes?" onClose={onKeep} closeLabel="Keep open">
      <p>
        “{name}” has changes that are not saved in its collection. Closing the tab without saving loses them
        (requests you sent are still in History).
      </p>
      <div className="close-tab-buttons">
        {/* The safe choice first, so Enter on the first button never loses work. */}
        <button type="button" className="button button-primary" onClick={onSaveAndClose}>
          Save and close
        </button>
        <button type="button" className="button button-cancel" onClick={onDiscard}>
          Close without saving
        </button>
      </div>
    </Dialog>
  );
}
