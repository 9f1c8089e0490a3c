import { createContext, useContext, type ReactNode } from "react";
import type { WorkbookPort } from "../excel/workbook-port";

const WorkbookContext = createContext<WorkbookPort | undefined>(undefined);

/** Hands the workbook port to every component below: Excel in the add-in, memory in tests. */
export function WorkbookProvider({ port, children }: { port: WorkbookPort; children: ReactNode }) {
  return <WorkbookContext.Provider value={port}>{children}</WorkbookContext.Provider>;
}

/** The workbook the pane works on. */
export function useWorkbook(): WorkbookPort {
  const port = useContext(WorkbookContext);
  if (!port) throw new Error("useWorkbook needs a <WorkbookProvider> above it.");
  return port;
}
