/**
 * Stands in for src/taskpane/programs.ts under jest, where webpack's require.context does
 * not exist: the same program files, read from src/domain/programs/data by the Node loader.
 */
import { loadPrograms } from "../../src/adapters/node/load-programs";
import type { ProgramFile } from "../../src/domain/programs/types";

export const programs: readonly ProgramFile[] = loadPrograms();
