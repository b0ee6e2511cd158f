/**
 * The shared vocabulary of Argus: everything every other module speaks. {@link io.argus.core.label}
 * holds series identity (labels and label matchers), {@link io.argus.core.storage} the seam between
 * whoever produces samples and the storage engine, and whoever reads them. This module depends on
 * nothing but the JDK, so that every other module can depend on it.
 */
package io.argus.core;
