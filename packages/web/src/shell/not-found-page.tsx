import { Link } from "@tanstack/react-router";
import { usePageTitle } from "./page-title.js";

export function NotFoundPage() {
  usePageTitle("Page not found");
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>
        <Link to="/">Go to the Parapet home page</Link>
      </p>
    </>
  );
}
