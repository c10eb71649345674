import { createContext, useContext } from "react";
import type { Language } from "../i18n/format";
import { messages, type Messages } from "../i18n/messages";

export interface AppState {
  language: Language;
  t: Messages;
  roles: string[];
  isNewLeader: boolean;
  // Has leaders below them: their area and its learning effect.
  isLeaderOfLeaders?: boolean;
  name: string;
}

export const AppContext = createContext<AppState>({
  language: "DA",
  t: messages.DA,
  roles: [],
  isNewLeader: false,
  name: "",
});

export function useApp(): AppState {
  return useContext(AppContext);
}
