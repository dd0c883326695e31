import "./styles.scss";
import { createRootRoute, createRoute, createRouter, RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { AREAS } from "./areas.js";
import { Layout } from "./shell/layout.js";
import { SessionLiveUpdates } from "./shell/live-updates.js";
import { NotFoundPage } from "./shell/not-found-page.js";
import { SessionProvider } from "./shell/session.js";

const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFoundPage });
const router = createRouter({
  routeTree: rootRoute.addChildren(
    AREAS.map((area) =>
      createRoute({ getParentRoute: () => rootRoute, path: area.path, component: area.component }),
    ),
  ),
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <SessionProvider>
      <SessionLiveUpdates>
        <RouterProvider router={router} />
      </SessionLiveUpdates>
    </SessionProvider>
  </StrictMode>,
);
