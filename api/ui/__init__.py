"""The browser page at ``/ui``: plain HTML, CSS and JavaScript shipped in the package, no build step."""
