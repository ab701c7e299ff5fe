/**
 * The state of browser mode: the file open (as a Workspace that notes every change), the
 * file being opened, why the last one did not open, whether there are changes not downloaded
 * yet, and the last download. `session` changes whenever the open file is closed, so App
 * starts the pages afresh and no finding or undo of one file is applied to the next.
 */
import { useCallback, useState } from "react";
import type { Workspace } from "../workspace/workspace";
import type { Download } from "./download";
import {
  downloadWorkbook,
  openChosenFile,
  trackChanges,
  type ChosenFile,
  type OpenFailure,
  type OpenFn,
} from "./file-session";
import type { InsertFailure } from "./outcome";

export interface FileSessionState {
  readonly workspace: Workspace | null;
  readonly session: number;
  /** The name of the file being opened. */
  readonly opening: string | null;
  readonly openFailure: OpenFailure | null;
  /** The pane has changed the workbook since it was opened or last downloaded. */
  readonly dirty: boolean;
  readonly saving: boolean;
  /** The name of the last file offered for download. */
  readonly saved: string | null;
  readonly saveFailure: InsertFailure | null;
}

export interface FileSessionActions {
  readonly open: (file: ChosenFile) => void;
  readonly close: () => void;
  readonly download: () => void;
}

const CLOSED: FileSessionState = {
  workspace: null,
  session: 0,
  opening: null,
  openFailure: null,
  dirty: false,
  saving: false,
  saved: null,
  saveFailure: null,
};

type Update = (change: (state: FileSessionState) => FileSessionState) => void;

function useOpen(openFn: OpenFn, update: Update) {
  return useCallback(
    (file: ChosenFile) => {
      update((s) => ({ ...s, opening: file.name, openFailure: null }));
      void openChosenFile(file, openFn).then((outcome) => {
        if (outcome.kind === "failed")
          return update((s) => ({ ...s, opening: null, openFailure: outcome.failure }));
        const workspace = trackChanges(outcome.workspace, () =>
          update((s) => ({ ...s, dirty: true, saved: null })),
        );
        update((s) => ({ ...CLOSED, session: s.session, workspace }));
      });
    },
    [openFn, update],
  );
}

function useDownload(workspace: Workspace | null, download: Download, update: Update) {
  return useCallback(() => {
    if (!workspace) return;
    update((s) => ({ ...s, saving: true, saveFailure: null }));
    void downloadWorkbook(workspace, download).then((outcome) =>
      update((s) =>
        outcome.kind === "downloaded"
          ? { ...s, saving: false, dirty: false, saved: outcome.fileName }
          : { ...s, saving: false, saveFailure: outcome.failure },
      ),
    );
  }, [workspace, download, update]);
}

export function useFileSession(openFn: OpenFn, download: Download): FileSessionState & FileSessionActions {
  const [state, setState] = useState<FileSessionState>(CLOSED);
  const update: Update = setState;
  const open = useOpen(openFn, update);
  const close = useCallback(() => setState((s) => ({ ...CLOSED, session: s.session + 1 })), []);
  const save = useDownload(state.workspace, download, update);
  return { ...state, open, close, download: save };
}
