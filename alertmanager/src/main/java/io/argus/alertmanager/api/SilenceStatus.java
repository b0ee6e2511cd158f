package io.argus.alertmanager.api;

/** {@code silenceStatus}: {@code pending}, {@code active} or {@code expired}. */
public record SilenceStatus(String state) {}
