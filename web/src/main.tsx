import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { registerSW } from "virtual:pwa-register";
import { makeClient } from "./api/client";
import { App } from "./App";
import "./styles.css";

registerSW({ immediate: true });
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App client={makeClient()} />
  </StrictMode>,
);
