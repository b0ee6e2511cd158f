/**
 * Series identity: {@link io.argus.core.label.Labels}, the immutable sorted label set that names a
 * series, its {@link io.argus.core.label.LabelsBuilder}, and {@link io.argus.core.label.Matcher},
 * the four label matchers of PromQL and the storage API. Label names and values are plain Java
 * strings; interning them is the storage engine's concern, not this package's. Depends on nothing
 * outside the JDK.
 */
package io.argus.core.label;
