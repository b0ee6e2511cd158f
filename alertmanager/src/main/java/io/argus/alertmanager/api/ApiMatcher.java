package io.argus.alertmanager.api;

/**
 * {@code matcher} of a silence. {@code isEqual} is optional in the spec and defaults to true; both
 * flags are boxed so Jackson keeps the spec's property names ({@code isRegex}, not {@code regex}).
 */
public record ApiMatcher(String name, String value, Boolean isRegex, Boolean isEqual) {}
