/** The ingest module; see DESIGN.md and docs/decisions.md for its borders. Sub-packages hold its concepts. */
package io.argus.ingest;
