/** The scrape module; see DESIGN.md for its borders. Sub-packages hold its concepts. */
package io.argus.scrape;
